# Module-level empty collections completed in functions (mypy partial types), d[k] = v completing a local dict, union joins across branches.
import asyncio
from typing import Optional, Union

registry = {}
seen = []


def register(name: str, n: int) -> None:
    registry[name] = n
    seen.append(name)


class Bag:
    def __init__(self) -> None:
        self.items: list[str] = []
        self.index: dict[str, int] = {}

    def add(self, s: str) -> None:
        self.items.append(s)
        self.index[s] = len(self.items)


def pick(flag: bool) -> Union[int, str]:
    if flag:
        v: Union[int, str] = 1
    else:
        v = "one"
    return v


def parse(s: str) -> int | float | None:
    if s.isdigit():
        r: int | float | None = int(s)
    elif "." in s:
        r = float(s)
    else:
        r = None
    return r


async def main() -> None:
    counts: dict[str, int] = {}
    for w in "a b a c b a".split():
        counts[w] = counts.get(w, 0) + 1
    print(counts)
    register("x", 1)
    print(registry, seen)
    b = Bag()
    b.add("p")
    b.add("q")
    print(b.items, b.index)
    print(pick(True), pick(False), parse("12"), parse("1.5"), parse("x"))
    x = 3 if len(seen) > 5 else "few"
    print(x)


asyncio.run(main())
