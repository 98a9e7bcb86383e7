import asyncio
from typing import Generator, Iterator, Optional


def evens(n: int) -> Generator[int, None, str]:
    for i in range(0, n, 2):
        yield i
    return "done"


def names() -> Iterator[str]:
    yield "a"
    yield "b"


def count(it: Iterator[object]) -> int:
    return sum(1 for _ in it)


def first(it: Iterator[Optional[int]]) -> Optional[int]:
    return next(it, None)


def total(it: Iterator[float]) -> float:
    return sum(it)


async def main() -> None:
    print(count(evens(9)), count(names()), count(iter([[1], [2]])))
    print(first(evens(5)), total(iter([1.5, 2.0])))
    g = evens(4)
    it: Iterator[object] = g
    print(list(it))


asyncio.run(main())
