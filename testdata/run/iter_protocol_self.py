# A class implementing the iterator protocol is an Iterator[T] (and one with
# __aiter__/async __anext__ an AsyncIterator[T]), as mypy checks protocols:
# `def __iter__(self) -> Iterator[T]: return self`, and such objects passed
# where an Iterator/AsyncIterator is declared.
import asyncio
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Optional


class Countdown:
    def __init__(self, n: int) -> None:
        self.n = n

    def __iter__(self) -> Iterator[int]:
        return self

    def __next__(self) -> int:
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


@dataclass
class Page:
    items: list[str]
    next_token: Optional[int]


async def fetch(token: int) -> Page:
    await asyncio.sleep(0)
    data = [f"user{i:02d}" for i in range(7)]
    end = token + 3
    return Page(data[token:end], end if end < len(data) else None)


class Paginator:
    def __init__(self, limit: Optional[int] = None) -> None:
        self.buffer: list[str] = []
        self.token: Optional[int] = 0
        self.limit = limit
        self.requests = 0

    def __aiter__(self) -> AsyncIterator[str]:
        return self

    async def __anext__(self) -> str:
        if self.limit is not None and self.limit <= 0:
            raise StopAsyncIteration
        if not self.buffer:
            if self.token is None:
                raise StopAsyncIteration
            page = await fetch(self.token)
            self.requests += 1
            self.buffer, self.token = page.items, page.next_token
        if self.limit is not None:
            self.limit -= 1
        return self.buffer.pop(0)


def first(it: Iterator[int]) -> int:
    return next(it)


async def drain(it: AsyncIterator[str]) -> list[str]:
    return [x async for x in it]


async def main() -> None:
    print(list(Countdown(3)), sum(Countdown(4)), first(Countdown(9)))
    it: Iterator[int] = Countdown(2)
    print(next(it), next(it), next(it, -1))
    for n in Countdown(2):
        print("tick", n)
    p = Paginator()
    print(await drain(p), p.requests)
    print([u async for u in Paginator(limit=4)])
    ait: AsyncIterator[str] = Paginator(limit=1)
    print(await anext(ait), await anext(ait, "<end>"))


asyncio.run(main())
