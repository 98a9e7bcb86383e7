import asyncio
from typing import AsyncIterator, Awaitable, Callable


async def nums(n: int) -> AsyncIterator[int]:
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("nums finalized")


async def later(src: AsyncIterator[int]) -> Callable[[], Awaitable[list[int]]]:
    async def rest() -> list[int]:
        out: list[int] = []
        async for x in src:
            out.append(x)
        return out
    async for first in src:
        print("first", first)
        break
    return rest


async def main() -> None:
    rest = await later(nums(4))
    await asyncio.sleep(0.01)
    print(await rest())


asyncio.run(main())
