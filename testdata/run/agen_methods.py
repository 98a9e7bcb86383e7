# Async generator methods behind __aiter__, generators defined in functions, cancelling a task inside an async generator.
import asyncio
from typing import AsyncIterator, Iterator


class Source:
    items: list[int]

    def __init__(self, items: list[int]) -> None:
        self.items = items

    async def gen(self) -> AsyncIterator[int]:
        for i in self.items:
            await asyncio.sleep(0)
            yield i

    def __aiter__(self) -> AsyncIterator[int]:
        return self.gen()

    def __iter__(self) -> Iterator[int]:
        return iter(self.items)


def make_counter(step: int) -> Iterator[int]:
    def inner(limit: int) -> Iterator[int]:
        n = 0
        while n < limit:
            yield n * step
            n += 1

    return inner(3)


async def slow_agen() -> AsyncIterator[int]:
    try:
        yield 1
        await asyncio.sleep(10)
        yield 2
    finally:
        print("slow_agen finally")


async def consumer() -> None:
    async for v in slow_agen():
        print("consumer got", v)


async def main() -> None:
    async for v in Source([4, 5]):
        print("source", v)
    print(list(make_counter(7)))
    t = asyncio.create_task(consumer())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("consumer cancelled")
    g = make_counter(2)
    for x in g:
        print("x", x)
    print(next(g, -5))


asyncio.run(main())
