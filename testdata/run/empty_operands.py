# Binary operators with an empty collection operand (set() | s, [] + xs):
# the empty operand takes the other operand's type, as mypy infers it.
import asyncio
from dataclasses import dataclass


@dataclass(frozen=True)
class Tag:
    name: str


async def tags_of(item: str) -> set[Tag]:
    await asyncio.sleep(0)
    return {Tag(c) for c in item if c.isupper()}


async def main() -> None:
    items = ["AbC", "xyz", "QA"]
    seen = set() | await tags_of(items[0])
    for it in items[1:]:
        seen = seen | await tags_of(it) | set()
    print(sorted(t.name for t in seen))
    common = await tags_of("ABQ") & set()
    print(common, len(set() ^ seen))
    history: list[int] = [3, 1]
    merged = [] + history + []
    merged.append(7)
    print(merged, history, sorted(history + []))


asyncio.run(main())
