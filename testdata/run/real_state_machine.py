# A state machine for an order workflow: transitions table, guards, event log, async event feed and invalid transitions.
import asyncio
from dataclasses import dataclass, field
from typing import Optional

TRANSITIONS: dict[tuple[str, str], str] = {
    ("new", "pay"): "paid",
    ("new", "cancel"): "cancelled",
    ("paid", "ship"): "shipped",
    ("paid", "refund"): "refunded",
    ("shipped", "deliver"): "delivered",
    ("shipped", "lose"): "lost",
    ("lost", "refund"): "refunded",
}
FINAL = {"cancelled", "delivered", "refunded"}


class InvalidTransition(Exception):
    def __init__(self, state: str, event: str) -> None:
        super().__init__(f"cannot {event} when {state}")
        self.state = state
        self.event = event


@dataclass
class Order:
    ident: str
    amount: int
    state: str = "new"
    history: list[str] = field(default_factory=list)
    refunded: Optional[int] = None

    def fire(self, event: str) -> str:
        nxt = TRANSITIONS.get((self.state, event))
        if nxt is None:
            raise InvalidTransition(self.state, event)
        if event == "refund":
            self.refunded = self.amount if self.state == "paid" else self.amount // 2
        self.history.append(f"{self.state}->{nxt}")
        self.state = nxt
        return nxt

    @property
    def done(self) -> bool:
        return self.state in FINAL


async def feed(events: list[tuple[str, str]], q: "asyncio.Queue[tuple[str, str]]") -> None:
    for ev in events:
        await asyncio.sleep(0)
        await q.put(ev)


async def process(orders: dict[str, Order], q: "asyncio.Queue[tuple[str, str]]", n: int) -> list[str]:
    errors: list[str] = []
    for _ in range(n):
        oid, event = await q.get()
        order = orders.get(oid)
        if order is None:
            errors.append(f"{oid}: unknown order")
            continue
        if order.done:
            errors.append(f"{oid}: already {order.state}")
            continue
        try:
            order.fire(event)
        except InvalidTransition as e:
            errors.append(f"{oid}: {e}")
    return errors


async def main() -> None:
    orders = {o.ident: o for o in [Order("A1", 100), Order("B2", 250), Order("C3", 75)]}
    events = [("A1", "pay"), ("B2", "ship"), ("B2", "pay"), ("C3", "cancel"), ("A1", "ship"),
              ("B2", "refund"), ("A1", "lose"), ("C3", "pay"), ("Z9", "pay"), ("A1", "refund"), ("A1", "ship")]
    q: asyncio.Queue[tuple[str, str]] = asyncio.Queue()
    _, errors = await asyncio.gather(feed(events, q), process(orders, q, len(events)))
    for o in orders.values():
        print(f"{o.ident}: {o.state:<10} {' '.join(o.history)} refunded={o.refunded}")
    print("errors:")
    for e in errors:
        print(" ", e)
    states: dict[str, int] = {}
    for o in orders.values():
        states[o.state] = states.get(o.state, 0) + 1
    print(sorted(states.items()), sum(o.refunded or 0 for o in orders.values()))


asyncio.run(main())
