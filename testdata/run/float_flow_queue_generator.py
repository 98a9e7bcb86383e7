"""Ints stored where floats are declared keep flowing as ints through an
asyncio.Queue of floats and through a generator's send and yield types
(declared in several places: the float flow links them all)."""
import asyncio
from typing import Generator


def running_max() -> Generator[float, float, int]:
    best = 0.0
    seen = 0
    while True:
        v = yield best
        if v < 0:
            return seen
        seen += 1
        best = max(best, v)


async def sensor(name: str, readings: list[float], q: asyncio.Queue[tuple[str, float]]) -> None:
    for r in readings:
        await q.put((name, r))
        await asyncio.sleep(0)


async def main() -> None:
    q: asyncio.Queue[tuple[str, float]] = asyncio.Queue()
    data: dict[str, list[float]] = {"cpu": [10, 20.5, 90], "mem": [50, 55]}
    trackers: dict[str, Generator[float, float, int]] = {}
    for name in data:
        gen = running_max()
        next(gen)
        trackers[name] = gen
    await asyncio.gather(*(sensor(n, rs, q) for n, rs in data.items()))
    while not q.empty():
        name, v = q.get_nowait()
        print(name, v, trackers[name].send(v))
    for name, gen in trackers.items():
        try:
            gen.send(-1)
        except StopIteration as stop:
            print(name, "saw", stop.value)


asyncio.run(main())
