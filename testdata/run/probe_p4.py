import asyncio
from contextlib import asynccontextmanager
from typing import AsyncIterator, Iterator


def countdown(n: int) -> Iterator[int]:
    while n > 0:
        yield n
        n -= 1


def pairs(xs: list[str]) -> Iterator[tuple[int, str]]:
    for i, x in enumerate(xs):
        if i % 2 == 0:
            yield i, x


async def ticks(n: int, delay: float) -> AsyncIterator[int]:
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


@asynccontextmanager
async def resource(name: str) -> AsyncIterator[str]:
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)


async def main() -> None:
    print(list(countdown(3)), sum(countdown(4)), [p for p in pairs(["a", "b", "c", "d", "e"])])
    g = countdown(2)
    print(next(g), next(g), next(g, -1))
    async for t in ticks(3, 0.001):
        print("tick", t)
    print([t * 10 async for t in ticks(3, 0)])
    async with resource("db") as r:
        print("using", r)
    try:
        async with resource("file") as f:
            raise RuntimeError("boom " + f)
    except RuntimeError as e:
        print("caught", e)
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(asyncio.sleep(0.01, result=1))
        t2 = tg.create_task(asyncio.sleep(0.02, result=2))
    print(t1.result() + t2.result())
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0

    async def limited(i: int) -> int:
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.001)
            active -= 1
        return i * i

    print(await asyncio.gather(*[limited(i) for i in range(5)]), peak)


asyncio.run(main())
