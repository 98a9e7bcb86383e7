# User classes as iterables: __iter__ returning a class with __next__
# (StopIteration ends the loop), returning self, or written as a generator;
# looped over in coroutines across awaits, in comprehensions, list(),
# sorted(), sum(), enumerate() and zip().
import asyncio
from typing import Iterator


class Countdown:
    def __init__(self, start: int) -> None:
        self.n = start

    def __iter__(self) -> "Countdown":
        return self

    def __next__(self) -> int:
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Playlist:
    def __init__(self) -> None:
        self.songs: list[str] = []

    def add(self, s: str) -> "Playlist":
        self.songs.append(s)
        return self

    def __iter__(self) -> Iterator[str]:
        for s in self.songs:
            if not s.startswith("_"):
                yield s.title()


class Pages:
    def __init__(self, items: list[int], size: int) -> None:
        self.items = items
        self.size = size

    def __iter__(self) -> "PageIter":
        return PageIter(self)


class PageIter:
    def __init__(self, p: Pages) -> None:
        self.p = p
        self.at = 0

    def __next__(self) -> list[int]:
        if self.at >= len(self.p.items):
            raise StopIteration()
        page = self.p.items[self.at:self.at + self.p.size]
        self.at += self.p.size
        return page


class Broken:
    def __iter__(self) -> "Broken":
        return self

    def __next__(self) -> int:
        raise ValueError("broken iterator")


async def main() -> None:
    for i in Countdown(3):
        await asyncio.sleep(0)
        print("tick", i)
    print(list(Countdown(4)), sum(Countdown(10)), sorted(Countdown(3)))
    pl = Playlist().add("blue in green").add("_hidden").add("so what")
    for n, song in enumerate(pl, 1):
        print(n, song)
    print([s.upper() for s in pl], dict(zip(pl, Countdown(2))))
    total = 0
    for page in Pages(list(range(1, 8)), 3):
        await asyncio.sleep(0)
        total += sum(page)
        print(page, total)
    print(max(x * x for x in Countdown(5)), any(x > 4 for x in Countdown(5)))
    try:
        for x in Broken():
            print(x)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
