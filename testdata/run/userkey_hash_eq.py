# aiogo: extensions
# Instances of a class defining __hash__ and __eq__ key dicts and sets by
# value: a dict keeps the first key object, sets iterate in CPython's hash
# order, set operations keep the elements CPython keeps; __eq__ returning
# NotImplemented asks the other operand, then compares identities.
import asyncio
from collections import Counter, defaultdict


class Point:
    def __init__(self, x: int, y: int, label: str = "") -> None:
        self.x = x
        self.y = y
        self.label = label

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __hash__(self) -> int:
        return hash((self.x, self.y))

    def __repr__(self) -> str:
        return f"P({self.x},{self.y}{'/' + self.label if self.label else ''})"


class Code:
    def __init__(self, s: str) -> None:
        self.s = s

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Code) and self.s.lower() == other.s.lower()

    def __hash__(self) -> int:
        return len(self.s)

    def __repr__(self) -> str:
        return f"Code({self.s!r})"


class Wildcard:
    def __eq__(self, other: object) -> bool:
        return True

    def __hash__(self) -> int:
        return 0


def neighbours(p: Point) -> list[Point]:
    return [Point(p.x + dx, p.y + dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))]


async def main() -> None:
    grid: dict[Point, str] = {}
    grid[Point(0, 0, "first")] = "a"
    grid[Point(0, 0, "second")] = "b"
    grid[Point(1, 2)] = "c"
    print(grid, len(grid), Point(1, 2) in grid, Point(2, 1) in grid)
    print(grid[Point(0, 0)], grid.get(Point(5, 5), "?"), grid.setdefault(Point(1, 2), "z"))
    del grid[Point(0, 0, "third")]
    print(grid, grid.pop(Point(1, 2)), grid)
    seen: set[Point] = set()
    frontier = [Point(0, 0)]
    for _ in range(2):
        nxt: list[Point] = []
        for p in frontier:
            for q in neighbours(p):
                if q not in seen:
                    seen.add(q)
                    nxt.append(q)
        frontier = nxt
    print(len(seen), sorted(seen, key=lambda p: (p.x, p.y)))
    print({Point(3, 4), Point(1, 1), Point(3, 4, "dup"), Point(-1, 0), Point(2, 7)})
    a = {Point(1, 1), Point(2, 2)}
    b = {Point(2, 2, "b"), Point(3, 3)}
    print(a | b, a & b, a - b, a ^ b, Point(2, 2) in a)
    a.discard(Point(1, 1))
    a.remove(Point(2, 2, "x"))
    print(a, len(a))
    codes = {Code("ab"): 1, Code("AB"): 2, Code("abc"): 3, Code("xy"): 4}
    print(codes, Code("Xy") in codes)
    counts: Counter[Point] = Counter()
    for p in [Point(0, 0), Point(0, 0, "again"), Point(1, 0)]:
        counts[p] += 1
    print(counts.most_common(1), counts[Point(0, 0)])
    groups: defaultdict[Code, list[int]] = defaultdict(list)
    for i, s in enumerate(["a", "A", "bb", "BB", "c"]):
        groups[Code(s)].append(i)
    print(dict(groups))
    print(hash(7), hash(-1), hash(True), hash(2.5), hash((1, 2)) == hash((1, 2)), hash(Point(1, 2)) == hash(Point(1, 2, "z")))
    d2 = {Point(1, 1): 1}
    d3 = {Point(1, 1, "other"): 1}
    print(d2 == d3, {Point(0, 1)} == {Point(0, 1, "o")}, [Point(1, 1)] == [Point(1, 1)])
    d2.update(d3)
    print(d2, d2.copy(), {p: v for p, v in d3.items()})
    w = Wildcard()
    p0 = Point(0, 0)
    print(p0 == 5, p0 != "x", p0 == Point(0, 0, "q"), p0 == w, p0 != w, w == p0, p0 == p0)
    print(Code("a") == p0, p0 == Code("a"), [p0, w].count(Point(0, 0)))
    try:
        print(hash([1, 2]))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
