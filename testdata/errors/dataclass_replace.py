# dataclasses.replace forms outside the subset (mypy accepts them): the
# instance computed by an expression (replace(pt, ...) of a variable
# compiles, also for a class with subclasses).
import asyncio
from dataclasses import dataclass, replace


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class Point3(Point):
    z: int = 0


def origin() -> Point:
    return Point(0)


async def main() -> None:
    p = replace(origin(), y=2)
    pt = Point(1, 2)
    q = replace(pt, x=3)
    print(p, q)


asyncio.run(main())
