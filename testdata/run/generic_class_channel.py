import asyncio
from dataclasses import dataclass, field
from typing import AsyncIterator, Generic, Optional, TypeVar

T = TypeVar("T")


class Closed(Exception):
    pass


class Channel(Generic[T]):
    def __init__(self, name: str, size: int = 0) -> None:
        self.name = name
        self._q: asyncio.Queue[Optional[T]] = asyncio.Queue(size)
        self._closed = False

    async def send(self, item: T) -> None:
        if self._closed:
            raise Closed(f"send on closed channel {self.name}")
        await self._q.put(item)

    async def close(self) -> None:
        self._closed = True
        await self._q.put(None)

    async def __aiter__(self) -> AsyncIterator[T]:
        while True:
            item = await self._q.get()
            if item is None:
                return
            yield item


@dataclass
class Stats(Generic[T]):
    seen: list[T] = field(default_factory=list)
    count: int = 0

    def record(self, x: T) -> None:
        self.seen.append(x)
        self.count += 1

    def last(self) -> Optional[T]:
        return self.seen[-1] if self.seen else None


async def producer(ch: Channel[int], n: int) -> None:
    for i in range(n):
        await ch.send(i * 3)
        await asyncio.sleep(0.01)
    await ch.close()


async def consumer(ch: Channel[int], stats: Stats[int]) -> int:
    total = 0
    async for x in ch:
        stats.record(x)
        total += x
    return total


async def main() -> None:
    ch: Channel[int] = Channel("nums", 2)
    st: Stats[int] = Stats()
    _, total = await asyncio.gather(producer(ch, 5), consumer(ch, st))
    print(total, st, st.last())
    try:
        await ch.send(1)
    except Closed as e:
        print(type(e).__name__, e)
    words = Channel[str]("words")
    ws = Stats[str]()

    async def feed() -> None:
        for w in "alpha beta gamma".split():
            await words.send(w)
        await words.close()

    asyncio.create_task(feed())
    async for w in words:
        ws.record(w.upper())
    print(ws, ws.last(), Stats[str]().last())


asyncio.run(main())
