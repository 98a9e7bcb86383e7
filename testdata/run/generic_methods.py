# Generic methods of plain classes and dataclasses (async and sync), called
# through self, an instance and a subclass instance; T bound to None by an
# awaited sleep (result = await aw is then a None).
import asyncio
from dataclasses import dataclass, field
from typing import Awaitable, Callable, Optional, TypeVar

T = TypeVar("T")


def first(xs: list[T]) -> Optional[T]:
    return xs[0] if xs else None


@dataclass
class Metrics:
    calls: dict[str, int] = field(default_factory=dict)
    log: list[str] = field(default_factory=list)

    async def timed(self, name: str, aw: Awaitable[T]) -> T:
        self.calls[name] = self.calls.get(name, 0) + 1
        result = await aw
        self.log.append(f"{name} -> {result!r}")
        return result

    def pick(self, xs: list[T], pred: Callable[[T], bool]) -> Optional[T]:
        return first([x for x in xs if pred(x)])

    async def timed_pick(self, name: str, xs: list[T]) -> Optional[T]:
        await self.timed(name, asyncio.sleep(0))
        return self.pick(xs, lambda x: x is not None)


class Service(Metrics):
    async def fetch(self, key: str) -> str:
        return await self.timed("fetch", asyncio.sleep(0.01, result=key.upper()))


async def main() -> None:
    m = Metrics()
    n = await m.timed("count", asyncio.sleep(0.01, result=3))
    s = await m.timed("name", asyncio.sleep(0.01, result="x"))
    print(n + 1, s * 2, m.calls, m.log)
    print(m.pick([1, 5, 8], lambda v: v > 4), m.pick(["a"], lambda v: v == "b"))
    svc = Service()
    print(await svc.fetch("key"), await svc.timed("direct", asyncio.sleep(0, result=1.5)), svc.calls)
    print(await m.timed_pick("tp", [None, 2, 3]), m.calls)


asyncio.run(main())
