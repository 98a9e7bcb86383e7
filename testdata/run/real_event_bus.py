import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

Payload = dict[str, str | int]
Handler = Callable[["Event"], Awaitable[None]]
SyncHandler = Callable[["Event"], None]


@dataclass
class Event:
    topic: str
    payload: Payload
    seq: int = 0

    def __repr__(self) -> str:
        return f"Event({self.topic}#{self.seq})"


class Bus:
    def __init__(self) -> None:
        self.handlers: dict[str, list[Handler]] = {}
        self.sync_handlers: dict[str, list[SyncHandler]] = {}
        self.seq = 0
        self.history: list[Event] = []
        self.failures: list[tuple[str, str]] = []

    def on(self, topic: str) -> Callable[[Handler], Handler]:
        def register(fn: Handler) -> Handler:
            self.handlers.setdefault(topic, []).append(fn)
            return fn
        return register

    def on_sync(self, topic: str, fn: SyncHandler) -> None:
        self.sync_handlers.setdefault(topic, []).append(fn)

    async def publish(self, topic: str, payload: Payload) -> int:
        self.seq += 1
        ev = Event(topic, payload, self.seq)
        self.history.append(ev)
        for fn in self.sync_handlers.get(topic, []):
            fn(ev)
        targets = self.handlers.get(topic, []) + self.handlers.get("*", [])
        results = await asyncio.gather(*(h(ev) for h in targets), return_exceptions=True)
        for h, r in zip(targets, results):
            if isinstance(r, BaseException):
                self.failures.append(("h", repr(r)))
        return len(targets)


bus = Bus()
totals: dict[str, int] = {}


@bus.on("order.created")
async def reserve_stock(ev: Event) -> None:
    await asyncio.sleep(0.01)
    qty = ev.payload.get("qty", 0)
    if not isinstance(qty, int) or qty <= 0:
        raise ValueError(f"bad qty in {ev!r}")
    totals["reserved"] = totals.get("reserved", 0) + qty
    print(f"reserved {qty} for {ev.payload['id']}")


@bus.on("order.created")
async def send_email(ev: Event) -> None:
    await asyncio.sleep(0.002)
    who = ev.payload.get("customer", "unknown")
    print(f"email to {who}: order {ev.payload['id']} received")


@bus.on("*")
async def audit(ev: Event) -> None:
    await asyncio.sleep(0)
    print(f"audit {ev} keys={sorted(ev.payload)}")


def count_topics(ev: Event) -> None:
    totals[ev.topic] = totals.get(ev.topic, 0) + 1


async def main() -> None:
    bus.on_sync("order.created", count_topics)
    bus.on_sync("order.cancelled", count_topics)
    bus.on_sync("order.cancelled", lambda ev: print("cancel seen:", ev.payload["id"]))
    n = await bus.publish("order.created", {"id": "A1", "qty": 3, "customer": "ann"})
    print("handlers:", n)
    n = await bus.publish("order.created", {"id": "A2", "qty": -1})
    print("handlers:", n)
    await bus.publish("order.cancelled", {"id": "A1"})
    await bus.publish("ping", {})
    print(totals)
    for name, err in bus.failures:
        print("failed:", name, err)
    print(bus.history)
    print({k: len(v) for k, v in bus.handlers.items()})


asyncio.run(main())
