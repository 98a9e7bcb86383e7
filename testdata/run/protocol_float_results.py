"""A Protocol whose float results come from ints in one implementation (Sq(2).area() is 4, as in CPython)."""
import asyncio
from typing import NamedTuple, Protocol


class Shape(Protocol):
    def area(self) -> float: ...


class Sq:
    def __init__(self, s: float) -> None:
        self.s = s

    def area(self) -> float:
        return self.s * self.s


class Circle:
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return 3.14159 * self.r * self.r


class Pair(NamedTuple):
    key: str
    value: int = 0


def total(shapes: list[Shape]) -> float:
    return sum(s.area() for s in shapes)


async def main() -> None:
    shapes: list[Shape] = [Sq(2), Circle(1.0)]
    print(f"{total(shapes):.3f}", [s.area() for s in shapes])
    p = Pair("a", 3)
    q = Pair("b")
    print(p, q, p.key, q.value, p._replace(value=9), p._asdict(), Pair._fields)
    k, v = p
    print(k, v, p[0], len(p), p == ("a", 3), sorted([q, p]))


asyncio.run(main())
