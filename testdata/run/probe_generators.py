import asyncio
from typing import AsyncIterator, Iterator


def fib_gen() -> Iterator[int]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(it: Iterator[int], n: int) -> list[int]:
    out: list[int] = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out


def flatten(xss: list[list[int]]) -> Iterator[int]:
    for xs in xss:
        yield from xs


async def agen(n: int) -> AsyncIterator[str]:
    for i in range(n):
        await asyncio.sleep(0)
        yield f"item{i}"


async def main() -> None:
    print(take(fib_gen(), 10))
    print(list(flatten([[1, 2], [], [3]])), sum(flatten([[5], [6, 7]])))
    evens = (x for x in fib_gen() if x % 2 == 0)
    print(next(evens), next(evens), next(evens))
    got = [s async for s in agen(3)]
    print(got)
    ag = agen(2)
    print(await anext(ag), await anext(ag), await anext(ag, "done"))
    squares = {x: x * x for x in flatten([[1, 2], [3]])}
    print(squares, any(v > 5 for v in squares.values()))


asyncio.run(main())
