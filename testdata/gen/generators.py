import asyncio
from typing import AsyncIterator, Generator


def averager() -> Generator[float, float, int]:
    total = 0.0
    count = 0
    try:
        while True:
            value = yield total / max(count, 1)
            total += value
            count += 1
    finally:
        print("averaged", count)
    return count


def chain(a: list[int], b: list[int]) -> Generator[int, None, None]:
    yield from a
    yield from b


async def ticker(n: int) -> AsyncIterator[int]:
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main() -> None:
    avg = averager()
    next(avg)
    print(avg.send(2.0), avg.send(4.0))
    avg.close()
    print(list(chain([1], [2, 3])))
    async for t in ticker(2):
        print("tick", t)


asyncio.run(main())
