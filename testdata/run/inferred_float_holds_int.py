"""A float inferred from a first assignment (best = 0.0, self._t = 0.0) may later hold an int, which
prints as an int, as in CPython (mypy lets an int be stored where float is inferred)."""
import asyncio


class Thermostat:
    def __init__(self) -> None:
        self._target = 0.0
        self.total = 0.0

    @property
    def target(self) -> float:
        return self._target

    @target.setter
    def target(self, value: float) -> None:
        self._target = value

    def add(self, n: int) -> None:
        self.total += n


async def main() -> None:
    t = Thermostat()
    for v in (18, 21.5, 40):
        t.target = v
        print(t.target, end=" ")
    print()
    t.add(5)
    print(t.total)
    best = 0.0
    for reading in [3, 7, 2]:
        if reading > best:
            best = reading
    print(best, best / 2, best + 0.5)
    last = 0.0
    last = max(last, 4)
    print(last)
    await asyncio.sleep(0)


asyncio.run(main())
