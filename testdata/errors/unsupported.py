import asyncio
import os


async def gen() -> None:
    yield 1


async def main() -> None:
    async with asyncio.Lock():
        pass
    lambda x: x


asyncio.run(main())
