# d.values(), d.keys() and d.items() passed to parameters declared
# Iterable[T] or Collection[T], or returned where one is declared: the
# receiver gets a live, re-iterable view
# (iterating twice, len, in, repr dict_values([...]), a later change to
# the dict seen through it), as in CPython.
import asyncio
from collections.abc import Collection, Iterable


class Shape:
    def area(self) -> float:
        return 1.0


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side * self.side


def mean(xs: Iterable[float]) -> float:
    total = sum(xs)
    count = sum(1 for _ in xs)
    return total / count


def describe(c: Collection[str]) -> str:
    return f"{len(c)} keys, has 'a': {'a' in c}, sorted {sorted(c)}, {c}"


def table(rows: Iterable[tuple[str, float]]) -> list[str]:
    return [f"{k:<4}{v:>8.2f}" for k, v in rows]


def total_area(shapes: Iterable[Shape]) -> float:
    return sum(s.area() for s in shapes)


async def watch(vals: Collection[int], d: dict[str, int]) -> None:
    print("before", len(vals), vals)
    d["late"] = 99
    await asyncio.sleep(0)
    print("after", len(vals), vals, 99 in vals)


class Index:
    def __init__(self) -> None:
        self._d: dict[str, list[int]] = {}

    def add(self, w: str, n: int) -> None:
        self._d.setdefault(w, []).append(n)

    def words(self) -> Iterable[str]:
        return self._d.keys()

    @property
    def entries(self) -> Collection[tuple[str, list[int]]]:
        return self._d.items()

    async def postings(self) -> Iterable[list[int]]:
        await asyncio.sleep(0)
        return self._d.values()


async def main() -> None:
    prices = {"a": 1.5, "b": 2.25, "c": 4.0}
    print(mean(prices.values()), describe(prices.keys()), describe({"z": 1}.keys()))
    for line in table(prices.items()):
        print(line)
    squares = {"small": Square(1.0), "big": Square(3.0)}
    print(total_area(squares.values()))
    counts = {"x": 1}
    await watch(counts.values(), counts)
    ix = Index()
    ix.add("b", 1)
    ix.add("a", 2)
    w = ix.words()
    ix.add("c", 3)
    print(list(w), list(w), w)
    print(len(ix.entries), ("a", [2]) in ix.entries, ix.entries)
    p = await ix.postings()
    print(sum(len(x) for x in p), p)


asyncio.run(main())
