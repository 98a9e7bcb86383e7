import asyncio
from typing import Generic, TypeVar
from dataclasses import dataclass

T = TypeVar("T")


@dataclass
class Event:
    topic: str
    payload: int


class Broker(Generic[T]):
    def __init__(self, name: str) -> None:
        self.name = name
        self._subs: list[asyncio.Queue[T]] = []
        self.published = 0

    def subscribe(self) -> "asyncio.Queue[T]":
        q: asyncio.Queue[T] = asyncio.Queue()
        self._subs.append(q)
        return q

    async def publish(self, msg: T) -> None:
        self.published += 1
        for q in self._subs:
            await q.put(msg)

    def __repr__(self) -> str:
        return f"<Broker {self.name} subs={len(self._subs)} sent={self.published}>"


async def consume(tag: str, q: "asyncio.Queue[Event]", n: int) -> list[int]:
    got: list[int] = []
    for _ in range(n):
        ev = await q.get()
        got.append(ev.payload)
        print(f"{tag} got {ev.topic}:{ev.payload}")
    return got


async def main() -> None:
    events: Broker[Event] = Broker("events")
    a = events.subscribe()
    b = events.subscribe()
    tasks = [asyncio.create_task(consume("a", a, 3)), asyncio.create_task(consume("b", b, 3))]
    for i in range(3):
        await events.publish(Event("t", i * 10))
        await asyncio.sleep(0)
    res = await asyncio.gather(*tasks)
    print(res, events)
    texts = Broker[str]("texts")
    q = texts.subscribe()
    await texts.publish("hello")
    print(await q.get(), texts, type(texts).__qualname__)
    print(repr(Broker.__name__))


asyncio.run(main())
