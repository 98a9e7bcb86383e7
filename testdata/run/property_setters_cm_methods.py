# Property setters, context-manager decorators on methods, _ as a throwaway, or-defaults on Optional scalars.
import asyncio
from contextlib import asynccontextmanager, contextmanager
from typing import AsyncIterator, Iterator, Optional


class Thermostat:
    def __init__(self, name: str) -> None:
        self.name = name
        self._target = 20.0
        self.history: list[str] = []
        self.note: Optional[str] = None

    @property
    def target(self) -> float:
        return self._target

    @target.setter
    def target(self, value: float) -> None:
        if not 5 <= value <= 30:
            raise ValueError(f"{value} out of range")
        self.history.append(f"{self._target:.1f}->{value:.1f}")
        self._target = value

    @contextmanager
    def override(self, value: float) -> Iterator[float]:
        old = self.target
        self.target = value
        try:
            yield value
        finally:
            self.target = old

    @asynccontextmanager
    async def session(self, who: str) -> AsyncIterator[str]:
        self.history.append(f"open {who}")
        await asyncio.sleep(0)
        try:
            yield f"{self.name}/{who}"
        finally:
            self.history.append(f"close {who}")

    def label(self) -> str:
        return (self.note or "no note") + f" @ {self.target}"


async def main() -> None:
    t = Thermostat("hall")
    t.target = 22.0
    t.target += 1.5
    try:
        t.target = 40.0
    except ValueError as e:
        print("refused:", e)
    with t.override(10.5) as v:
        print("override", v, t.target)
    print("after", t.target)
    async with t.session("ann") as s:
        print("in", s)
        t.note = "cozy"
    print(t.label(), t.history)
    pairs = [("a", 1, 0.5), ("b", 2, 1.5)]
    for name, _, _ in pairs:
        print(name, end=" ")
    for _, n, _ in pairs:
        print(n, end=" ")
    print()
    _ = t.label()
    _ = len(pairs)
    print("done")


asyncio.run(main())
