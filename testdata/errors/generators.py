import asyncio
from typing import Iterator, AsyncIterator


def no_annotation():
    yield 1


def bare(n: int) -> Iterator[int]:
    yield


def wrong_kind() -> AsyncIterator[int]:
    yield 1


def not_a_generator(x: int) -> int:
    return next(x)


async def main() -> None:
    for v in bare(1):
        print(v)
    async for w in bare(2):
        print(w)


asyncio.run(main())
