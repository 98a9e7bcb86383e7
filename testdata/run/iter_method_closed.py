"""A for loop over an object whose __iter__ is a generator method, or whose
__aiter__ returns a new async generator, holds that generator alone: a
break closes it at once (sync) or soon after by a task (async), as
CPython's reference counting does."""
import asyncio
from typing import AsyncIterator, Iterator


class Batch:
    def __init__(self, items: list[str]) -> None:
        self.items = items

    def __iter__(self) -> Iterator[str]:
        try:
            for it in self.items:
                yield it
        finally:
            print("  batch released")


class Stream:
    def __init__(self, name: str, n: int) -> None:
        self.name = name
        self.n = n

    def __aiter__(self) -> AsyncIterator[int]:
        return self.records()

    async def records(self) -> AsyncIterator[int]:
        try:
            for i in range(self.n):
                await asyncio.sleep(0)
                yield i * 10
        finally:
            print(f"  stream {self.name} closed")


class Ticker:
    async def __aiter__(self) -> AsyncIterator[int]:
        try:
            for i in range(5):
                yield i
        finally:
            print("  ticker stopped")


def first_long(batch: Batch) -> str:
    for word in batch:
        if len(word) > 3:
            return word
    return ""


async def main() -> None:
    for x in Batch(["a", "b", "c"]):
        if x == "b":
            break
    print("after batch:", first_long(Batch(["hi", "hello", "hey"])))
    for x in Batch(["done"]):
        pass
    print("exhausted")
    async for v in Stream("s1", 5):
        if v >= 10:
            break
    print("after stream")
    await asyncio.sleep(0)
    print("after sleep")
    async for t in Ticker():
        if t == 1:
            break
    print("after ticker")
    await asyncio.sleep(0)
    print("after sleep")
    try:
        async for v in Stream("s2", 3):
            raise ValueError(v)
    except ValueError as e:
        print("error", e)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
