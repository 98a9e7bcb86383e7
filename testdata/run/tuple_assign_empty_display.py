# Empty displays ([], {}, set()) inside a tuple assignment whose targets
# have known container types: declared locals, attributes, slices
# (part, queue[:n] = queue[:n], []). The Go build failed on these.
import asyncio


class Batch:
    def __init__(self) -> None:
        self.items: list[int]
        self.index: dict[str, int]
        self.items, self.index, self.size = [], {}, 0

    def add(self, key: str, v: int) -> None:
        self.index[key] = len(self.items)
        self.items.append(v)
        self.size += 1

    def reset(self) -> None:
        self.items, self.size = [], 0


async def drain(queue: list[str], n: int) -> list[list[str]]:
    parts = []
    while queue:
        part, queue[:n] = queue[:n], []
        parts.append(part)
        await asyncio.sleep(0)
    return parts


async def main() -> None:
    b = Batch()
    b.add("a", 10)
    b.add("b", 20)
    print(b.items, b.index, b.size)
    b.reset()
    print(b.items, b.index, b.size)
    total: int
    seen: set[str]
    total, seen = 0, set()
    for w in "the cat and the hat".split():
        if w not in seen:
            seen.add(w)
            total += len(w)
    print(total, sorted(seen))
    print(await drain(list("abcdefg"), 3))
    xs, ys = [1, 2, 3, 4], ["p", "q", "r"]
    xs[1:3], ys[:1] = [], []
    print(xs, ys)
    await asyncio.sleep(0)


asyncio.run(main())
