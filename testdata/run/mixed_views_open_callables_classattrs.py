import asyncio
from collections.abc import ItemsView, KeysView
from dataclasses import dataclass, field
from typing import Awaitable, Callable


@dataclass
class Order:
    oid: int
    items: dict[str, int] = field(default_factory=dict)

    def lines(self) -> ItemsView[str, int]:
        return self.items.items()


class Service:
    started = 0
    handlers: dict[str, Callable[..., Awaitable[str]]] = {}

    def __init__(self, name: str) -> None:
        self.name = name
        type(self).started += 1

    @classmethod
    def route(cls, path: str, h: Callable[..., Awaitable[str]]) -> None:
        cls.handlers[path] = h

    async def call(self, path: str, order: Order) -> str:
        h = self.handlers.get(path)
        if h is None:
            return f"{self.name}: 404 {path}"
        return await h(order, self.name)


class Billing(Service):
    pass


async def total(order: Order, who: str) -> str:
    await asyncio.sleep(0.01)
    amount = sum(q * 3 for _, q in order.lines())
    return f"{who}: order {order.oid} total {amount}"


async def skus(order: Order, who: str) -> str:
    await asyncio.sleep(0)
    ks: KeysView[str] = order.items.keys()
    return f"{who}: {sorted(ks)} ({len(ks)})"


async def main() -> None:
    Service.route("/total", total)
    Billing.route("/skus", skus)
    o = Order(7, {"pen": 2, "ink": 1})
    view = o.lines()
    s, b = Service("api"), Billing("bill")
    results = await asyncio.gather(s.call("/total", o), b.call("/skus", o), b.call("/x", o))
    for r in results:
        print(r)
    o.items["pad"] = 4
    print(view, len(view), ("pad", 4) in view)
    print(Service.started, Billing.started)
    print(await s.call("/skus", o))


asyncio.run(main())
