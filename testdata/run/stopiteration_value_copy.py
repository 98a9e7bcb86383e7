"""StopIteration.value (typed Any by typeshed) copied with dict()/list() where the result type is declared."""
import asyncio
from typing import Generator


def tally(words: list[str]) -> Generator[str, None, dict[str, int]]:
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
        yield w
    return counts


def collect(n: int) -> Generator[int, None, list[str]]:
    out = []
    for i in range(n):
        out.append(f"item{i}")
        yield i
    return out


def drain_counts(gen: Generator[str, None, dict[str, int]]) -> dict[str, int]:
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return dict(stop.value)


def drain_items(gen: Generator[int, None, list[str]]) -> list[str]:
    try:
        while True:
            next(gen)
    except StopIteration as stop:
        return list(stop.value)


async def main() -> None:
    counts = drain_counts(tally("a b a c b a".split()))
    counts["z"] = 0
    print(counts)
    items = drain_items(collect(3))
    items.append("extra")
    print(items)
    await asyncio.sleep(0)


asyncio.run(main())
