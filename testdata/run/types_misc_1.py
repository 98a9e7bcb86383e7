# Constructs mypy --strict accepts that aiogo refused (session 7, helper
# "types"): an unused typing import outside the language, all()/any()/
# sorted() of empty displays, iterating list[Any] | tuple[Any, ...] (the
# narrowing of isinstance(v, (list, tuple)) from object), `x and x.attr`
# as a value with x Optional, keyword arguments through asyncio.to_thread.
import asyncio
from asyncio import to_thread
from typing import Any, Generic, Optional


class Node:
    def __init__(self, name: str, weight: int) -> None:
        self.name = name
        self.weight = weight


def walk(v: object, depth: int = 0) -> int:
    n = 0
    if isinstance(v, (list, tuple)):
        for x in v:
            n += 1 + walk(x, depth + 1)
        kinds = [type(y).__name__ for y in v]
        print(" " * depth, len(v), kinds, sorted(str(z) for z in v))
    return n


def flat(v: list[Any] | tuple[Any, ...]) -> list[str]:
    return [str(x) for x in v] + list(map(str, v))


def label(top: Optional[Node]) -> None:
    x = top and top.name
    y = top and top.weight
    z = top or Node("default", -1)
    w = (top and top.name) or "anonymous"
    print(repr(x), repr(y), z.name, w)


def scaled(a: int, b: int = 2, *, scale: int = 1) -> int:
    return (a + b) * scale


class Acc:
    def __init__(self) -> None:
        self.total = 0

    def add(self, v: int, times: int = 1) -> int:
        self.total += v * times
        return self.total


async def main() -> None:
    print(all([]), any([]), sorted([]), any({}))
    empty: list[int] = sorted([])
    empty.append(3)
    print(empty)
    print(walk([1, (2, 3), [4, [5]]]), walk("s"))
    a: list[Any] = [1, "a"]
    b: tuple[Any, ...] = (2.5, None)
    print(flat(a), flat(b))
    label(Node("root", 3))
    label(Node("", 0))
    label(None)
    print(await asyncio.to_thread(scaled, 1, b=5, scale=3))
    print(await asyncio.to_thread(scaled, 1, scale=10))
    print(await to_thread(scaled, a=4))
    acc = Acc()
    print(await asyncio.to_thread(acc.add, 3, times=4), acc.total)


asyncio.run(main())
