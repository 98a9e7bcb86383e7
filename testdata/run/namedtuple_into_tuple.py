# A NamedTuple stored where a plain fixed tuple is declared stays the named
# tuple, as in CPython (printed Point(x=1, y=2)): a tuple annotation that
# receives the instances of one NamedTuple class and nothing else holds
# them (variables, parameters, returns, container elements, Optionals).
import asyncio
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int


class Span(NamedTuple):
    start: float
    end: float


def manhattan(a: tuple[int, int], b: tuple[int, int]) -> int:
    ax, ay = a
    return abs(ax - b[0]) + abs(ay - b[1])


def length(s: tuple[float, float]) -> float:
    return s[1] - s[0]


def corner(points: list[tuple[int, int]]) -> tuple[int, int]:
    return min(points)


async def walk(route: list[tuple[int, int]], out: dict[str, tuple[int, int]]) -> None:
    here: tuple[int, int] = route[0]
    for step in route[1:]:
        await asyncio.sleep(0)
        out[f"{here.__class__.__name__} {here[0]},{here[1]}"] = step
        here = step


async def main() -> None:
    home: tuple[int, int] = Point(1, 2)
    print(home, home[0], len(home), home == (1, 2), list(home), home + (3,))
    print(manhattan(Point(0, 0), Point(3, 4)), manhattan(home, Point(-1, 5)))
    spans = [Span(1.5, 4), Span(0, 1), Span(2, 2.25)]
    print([length(s) for s in spans], max(length(s) for s in spans))
    route: list[tuple[int, int]] = [Point(0, 0), Point(2, 1), Point(2, 5)]
    print(route, corner(route))
    best: tuple[int, int] | None = None
    for p in route:
        if best is None or manhattan(p, home) < manhattan(best, home):
            best = p
    print("closest:", best)
    legs: dict[str, tuple[int, int]] = {}
    await walk(route, legs)
    for k, v in legs.items():
        print(k, "->", v)


asyncio.run(main())
