from dataclasses import dataclass, field
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int


class Tagged(NamedTuple):
    name: str
    tags: list[str]


@dataclass(frozen=True)
class Loose:
    a: int
    note: str = field(compare=False, default="")


class Point3(Point):
    pass


class Solo(NamedTuple):
    v: int


class Bad(NamedTuple):
    x: int

    def __init__(self) -> None:
        pass


def main(i: int) -> None:
    p = Point(1, 2)
    print(p[i])
    print(p[0:1])
    a, b, c = p
    print(p is Point(1, 2))
    q = Solo(1)
    print(q is Solo(1), q is not None)
    d: dict[Tagged, int] = {}
    s: set[Loose] = set()
    print(p._replace(z=1), d, s)
