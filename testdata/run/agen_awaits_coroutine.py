import asyncio
from typing import AsyncIterator


async def leaf(n: int) -> int:
    await asyncio.sleep(0)
    return n * 2


async def gen(n: int) -> AsyncIterator[int]:
    for i in range(n):
        yield await leaf(i)


async def main() -> None:
    print([x async for x in gen(3)])


asyncio.run(main())
