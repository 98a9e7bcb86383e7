"""Generator pipelines where a stage is closed early: the stage's source,
held only by the stage's frame, is finalized when the stage finishes (as
CPython's reference counting frees it), so its cleanup runs right then."""
import asyncio
import random
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

OPEN: list[str] = []


@dataclass(frozen=True)
class Reading:
    sensor: str
    seq: int
    value: float


@asynccontextmanager
async def connect(name: str) -> AsyncIterator[str]:
    OPEN.append(name)
    print(f"open {name}")
    try:
        yield name
    finally:
        OPEN.remove(name)
        print(f"close {name}")


async def readings(name: str, n: int, seed: int) -> AsyncIterator[Reading]:
    rng = random.Random(seed)
    async with connect(name):
        for i in range(n):
            await asyncio.sleep(0)
            yield Reading(name, i, round(rng.uniform(15.0, 30.0), 2))


async def windows(src: AsyncIterator[Reading], size: int) -> AsyncGenerator[list[Reading], None]:
    buf: list[Reading] = []
    async for r in src:
        buf.append(r)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


async def monitor(name: str, seed: int, stop_after: int) -> int:
    seen = 0
    gen = windows(readings(name, 12, seed), 3)
    try:
        async for w in gen:
            seen += 1
            avg = sum(r.value for r in w) / len(w)
            print(f"{name} window {seen}: avg={avg:.2f}")
            if seen >= stop_after:
                break
    finally:
        await gen.aclose()
        print(f"{name} stage closed")
    return seen


def numbers(label: str, n: int) -> Iterator[int]:
    try:
        for i in range(n):
            yield i
    finally:
        print(f"numbers {label} finalized")


def pairs(src: Iterator[int]) -> Generator[tuple[int, int], None, None]:
    prev = None
    try:
        for x in src:
            if prev is not None:
                yield prev, x
            prev = x
    finally:
        print("pairs finalized")


def first_pairs(k: int) -> list[tuple[int, int]]:
    g = pairs(numbers("a", 100))
    out = [next(g) for _ in range(k)]
    g.close()
    print("after close")
    return out


async def main() -> None:
    print(first_pairs(3))
    for p in pairs(numbers("b", 10)):
        if p[1] == 2:
            break
    print("after loop")
    counts = await asyncio.gather(monitor("north", 1, 4), monitor("south", 2, 2))
    print(counts, "still open:", OPEN)


asyncio.run(main())
