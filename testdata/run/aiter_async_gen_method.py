# A class whose __aiter__ is an async generator method (`async def __aiter__`
# with yield; calling it returns the generator, no await) is async-iterable,
# beside an __iter__ written with yield from.
import asyncio
from collections.abc import AsyncIterator, Iterator


class Feed:
    def __init__(self, name: str, items: list[int]) -> None:
        self.name = name
        self.items = items
        self.reads = 0

    async def __aiter__(self) -> AsyncIterator[int]:
        for x in self.items:
            await asyncio.sleep(0)
            self.reads += 1
            yield x

    def __iter__(self) -> Iterator[int]:
        yield from self.items


async def drain(feed: Feed) -> list[int]:
    return [x async for x in feed]


async def main() -> None:
    a, b = Feed("a", [3, 1, 2]), Feed("b", [10, 20])
    print(await asyncio.gather(drain(a), drain(b)), list(a), sorted(b))
    async for x in a:
        if x == 1:
            break
    print("broke at", x, "reads:", a.reads)
    it = aiter(b)
    print(await anext(it), await anext(it), await anext(it, -1))
    total = 0
    async for v in Feed("c", list(range(5))):
        total += v
    print(total, sum(Feed("d", [4, 5])))


asyncio.run(main())
