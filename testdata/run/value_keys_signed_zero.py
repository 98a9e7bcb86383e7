"""Frozen dataclasses and NamedTuples with float fields as dict keys and set
elements: equal instances are one key even when built from -0.0 and 0.0, or
from 1 and 1.0, as in CPython; each instance still prints as built."""
from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class Point:
    x: float
    y: float


class Reading(NamedTuple):
    sensor: str
    value: float


@dataclass(frozen=True)
class Segment:
    ends: tuple[float, float]
    label: str


@dataclass(frozen=True)
class Cell:
    at: Point
    layer: int


def snap(v: float) -> float:
    return round(v * 2, 0) / 2


def main() -> None:
    visits: dict[Point, int] = {}
    for x, y in [(0.2, 1.0), (-0.2, 1.0), (0.0, 1.0), (1.1, 2)]:
        p = Point(snap(x), snap(y))
        visits[p] = visits.get(p, 0) + 1
        print(p, visits[p])
    print(len(visits), visits)
    print(Point(1, 2) in visits, Point(-0.0, 1.0) in visits)
    seen = {Reading("t1", 0.0), Reading("t1", -0.0), Reading("t2", 2.5)}
    print(len(seen), sorted(seen))
    segs = {Segment((0.0, 1.5), "a"): 1}
    segs[Segment((-0.0, 1.5), "a")] = 2
    print(segs)
    cells = {Cell(Point(0.0, 0.0), 1), Cell(Point(-0.0, 0.0), 1), Cell(Point(0.0, 0.0), 2)}
    print(len(cells))
    grid: dict[tuple[Point, int], str] = {(Point(0.0, 3.0), 0): "origin row"}
    print(grid.get((Point(-0.0, 3.0), 0)))
    print(hash(Point(-0.0, 1.0)) == hash(Point(0.0, 1)), Point(-0.0, 1.0) == Point(0, 1))


main()
