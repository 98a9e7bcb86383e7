import asyncio
from typing import AsyncIterator


async def agen(n: int) -> AsyncIterator[int]:
    for i in range(n):
        yield i


def make(n: int) -> AsyncIterator[int]:
    return (x * 2 async for x in agen(n))


async def main() -> None:
    print([y async for y in make(3)])


asyncio.run(main())
