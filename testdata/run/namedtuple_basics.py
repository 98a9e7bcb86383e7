import asyncio
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int = 0

    def dist(self) -> int:
        return abs(self.x) + abs(self.y)


class Row(NamedTuple):
    name: str
    score: float
    tags: list[str]


async def main() -> None:
    p = Point(3, -4)
    q = Point(1)
    print(p, q, repr(p), p.dist(), p[0], p[-1], len(p))
    x, y = p
    print(x, y)
    print(p == Point(3, -4), p != q, p < q, sorted([p, q, Point(1, -1)]))
    print(p._replace(y=10), p._asdict())
    rows = [Row("a", 1.5, ["x"]), Row("b", 0.5, [])]
    for name, score, tags in rows:
        print(name, score, tags)
    best = max(rows, key=lambda r: r.score)
    print(best, best.name)


asyncio.run(main())
