import asyncio
from dataclasses import dataclass
from typing import Callable


@dataclass
class Event:
    name: str
    at: float


class Bus:
    def __init__(self) -> None:
        self.subs: dict[str, list[Callable[[Event], None]]] = {}
        self.log: list[str] = []

    def on(self, name: str, fn: Callable[[Event], None]) -> None:
        self.subs.setdefault(name, []).append(fn)

    def emit(self, ev: Event) -> int:
        handlers = self.subs.get(ev.name, [])
        for h in handlers:
            h(ev)
        return len(handlers)


async def main() -> None:
    bus = Bus()
    bus.on("tick", lambda e: bus.log.append(f"a:{e.at}"))
    bus.on("tick", lambda e: bus.log.append(f"b:{e.name}"))
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i in range(3):
        await asyncio.sleep(0.01)
        n = bus.emit(Event("tick", i * 0.5))
    print(n, bus.log, bus.emit(Event("other", 0.0)))
    print(Event("x", 1.5), loop.time() - start >= 0.03)


asyncio.run(main())
