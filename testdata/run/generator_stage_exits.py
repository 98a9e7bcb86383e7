"""Pipeline stages that stop early, raise, or nest: each stage's source is
finalized when the stage's frame finishes, before the caller goes on."""
import asyncio
from collections.abc import AsyncIterator, Generator, Iterator


def source(tag: str, n: int) -> Iterator[int]:
    try:
        for i in range(n):
            yield i
    finally:
        print(f"  source {tag} closed")


def take_until(src: Iterator[int], limit: int) -> Iterator[int]:
    for x in src:
        if x >= limit:
            print(f"  take_until stops at {x}")
            return
        yield x


def checked(src: Iterator[int], bad: int) -> Iterator[int]:
    try:
        for x in src:
            if x == bad:
                raise ValueError(f"bad value {x}")
            yield x * 10
    finally:
        print("  checked finished")


def scaled(src: Iterator[int], k: int) -> Generator[int, None, None]:
    for x in src:
        yield x * k


async def asource(tag: str, n: int) -> AsyncIterator[int]:
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print(f"  asource {tag} closed")


async def afirst(src: AsyncIterator[int], k: int) -> AsyncIterator[int]:
    async for x in src:
        if k == 0:
            return
        k -= 1
        yield x


async def main() -> None:
    print("stage returns early:")
    print(list(take_until(source("a", 10), 3)))
    print("stage raises:")
    caught = ""
    try:
        for v in checked(source("b", 10), 2):
            print(" ", v)
    except ValueError as e:
        caught = str(e)  # the source is freed with the exception, at the end of this clause
    print("  caught:", caught)
    print("three stages, consumer breaks:")
    for v in scaled(take_until(source("c", 100), 50), 2):
        if v > 6:
            break
        print(" ", v)
    print("explicit next and close:")
    g = scaled(source("d", 5), 3)
    print(" ", next(g), next(g))
    g.close()
    print("async stage returns early:")
    got = [x async for x in afirst(asource("e", 10), 2)]
    print(" ", got)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
