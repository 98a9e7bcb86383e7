import asyncio
from contextlib import contextmanager
from typing import AsyncContextManager, Iterator


@contextmanager
def sync_cm() -> Iterator[int]:
    yield 1


async def use(cm: AsyncContextManager[int]) -> int:
    async with cm as v:
        return v


async def main() -> None:
    print(await use(sync_cm()))


asyncio.run(main())
