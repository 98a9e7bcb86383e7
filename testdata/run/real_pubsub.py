# A pub/sub bus: topic subscriptions with wildcard patterns, per-subscriber queues, slow consumers and unsubscribe.
import asyncio
from dataclasses import dataclass, field
from typing import Callable, Optional


@dataclass(frozen=True)
class Message:
    topic: str
    body: str
    seq: int


@dataclass
class Subscription:
    name: str
    pattern: str
    queue: "asyncio.Queue[Optional[Message]]" = field(default_factory=asyncio.Queue)
    received: list[str] = field(default_factory=list)

    def matches(self, topic: str) -> bool:
        if self.pattern.endswith(".*"):
            return topic.startswith(self.pattern[:-1])
        return self.pattern == topic


class Bus:
    def __init__(self) -> None:
        self.subs: dict[str, Subscription] = {}
        self.seq = 0
        self.dropped: dict[str, int] = {}
        self.filters: list[Callable[[Message], bool]] = []

    def subscribe(self, name: str, pattern: str) -> Subscription:
        sub = Subscription(name, pattern)
        self.subs[name] = sub
        return sub

    def unsubscribe(self, name: str) -> None:
        sub = self.subs.pop(name, None)
        if sub is not None:
            sub.queue.put_nowait(None)

    def publish(self, topic: str, body: str) -> int:
        self.seq += 1
        msg = Message(topic, body, self.seq)
        if not all(f(msg) for f in self.filters):
            self.dropped[topic] = self.dropped.get(topic, 0) + 1
            return 0
        targets = [s for s in self.subs.values() if s.matches(topic)]
        for s in targets:
            s.queue.put_nowait(msg)
        return len(targets)

    def close(self) -> None:
        for name in list(self.subs):
            self.unsubscribe(name)


async def consume(sub: Subscription, delay: float) -> int:
    while True:
        msg = await sub.queue.get()
        if msg is None:
            return len(sub.received)
        await asyncio.sleep(delay)
        sub.received.append(f"{msg.seq}:{msg.topic}={msg.body}")


async def main() -> None:
    bus = Bus()
    bus.filters.append(lambda m: "spam" not in m.body)
    a = bus.subscribe("audit", "orders.*")
    b = bus.subscribe("billing", "orders.paid")
    c = bus.subscribe("all-users", "users.*")
    tasks = {s.name: asyncio.create_task(consume(s, d)) for s, d in [(a, 0.001), (b, 0.002), (c, 0.0)]}
    fanout = [
        bus.publish("orders.new", "o1"),
        bus.publish("orders.paid", "o1"),
        bus.publish("users.signup", "u7"),
        bus.publish("orders.paid", "spam offer"),
        bus.publish("metrics", "cpu=3"),
    ]
    print("fanout:", fanout)
    await asyncio.sleep(0.01)
    bus.unsubscribe("billing")
    bus.publish("orders.paid", "o2")
    await asyncio.sleep(0.01)
    bus.close()
    counts = {name: await t for name, t in tasks.items()}
    print("counts:", counts)
    for s in (a, b, c):
        print(s.name, s.received)
    print("dropped:", bus.dropped, "subs left:", len(bus.subs))


asyncio.run(main())
