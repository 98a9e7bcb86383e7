# Generic async generators chained (source, amap, afilter, collect): a stub
# of a generator is a generator; AsyncIterator, range and built-in callables
# (len, str.upper) bind the type variables.
import asyncio
from typing import AsyncIterator, Callable, Iterable, TypeVar

A = TypeVar("A")
B = TypeVar("B")


async def source(items: Iterable[A], delay: float) -> AsyncIterator[A]:
    for x in items:
        await asyncio.sleep(delay)
        yield x


async def amap(it: AsyncIterator[A], fn: Callable[[A], B]) -> AsyncIterator[B]:
    async for x in it:
        yield fn(x)


async def afilter(it: AsyncIterator[A], keep: Callable[[A], bool]) -> AsyncIterator[A]:
    async for x in it:
        if keep(x):
            yield x


async def collect(it: AsyncIterator[A]) -> list[A]:
    return [x async for x in it]


async def main() -> None:
    words = ["asyncio", "go", "compiler", "py", "loop"]
    lengths = await collect(amap(source(words, 0.001), len))
    print(lengths)
    long_upper = await collect(amap(afilter(source(words, 0.0), lambda w: len(w) > 3), str.upper))
    print(long_upper)
    squares = await collect(afilter(amap(source(range(10), 0.0), lambda n: n * n), lambda n: n % 2 == 0))
    print(squares)


asyncio.run(main())
