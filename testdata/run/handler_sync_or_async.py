import asyncio
from dataclasses import dataclass
from typing import Awaitable, Callable, Union


@dataclass
class Event:
    kind: str
    payload: int


Handler = Union[Callable[[Event], None], Callable[[Event], Awaitable[None]]]


class Bus:
    def __init__(self) -> None:
        self.handlers: dict[str, list[Handler]] = {}

    def subscribe(self, kind: str, h: Handler) -> None:
        self.handlers.setdefault(kind, []).append(h)

    async def publish(self, ev: Event) -> int:
        n = 0
        for h in self.handlers.get(ev.kind, []):
            if asyncio.iscoroutinefunction(h):
                await h(ev)
            else:
                h(ev)
            n += 1
        return n


log: list[str] = []


def audit(ev: Event) -> None:
    log.append(f"audit {ev.kind}:{ev.payload}")


async def store(ev: Event) -> None:
    await asyncio.sleep(0.01)
    log.append(f"stored {ev.payload}")


async def notify(ev: Event) -> None:
    await asyncio.sleep(0)
    log.append(f"notify {ev.kind}")


async def main() -> None:
    bus = Bus()
    bus.subscribe("order", audit)
    bus.subscribe("order", store)
    bus.subscribe("order", notify)
    bus.subscribe("refund", notify)
    bus.subscribe("refund", lambda ev: log.append(f"lambda {ev.payload}"))
    print(await bus.publish(Event("order", 7)))
    print(await bus.publish(Event("refund", 3)))
    print(await bus.publish(Event("noop", 0)))
    for line in log:
        print(line)


asyncio.run(main())
