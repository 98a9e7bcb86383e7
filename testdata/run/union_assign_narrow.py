# Assigning a member of a union to a variable declared as the union narrows
# it to that member until the next assignment (as mypy does): after
# `if isinstance(o, int): o = Frac(o)` o is a Frac on both edges.
import asyncio
from dataclasses import dataclass


@dataclass(frozen=True)
class Frac:
    num: int
    den: int = 1

    def __add__(self, o: "Frac | int") -> "Frac":
        if isinstance(o, int):
            o = Frac(o)
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    def __str__(self) -> str:
        return f"{self.num}/{self.den}"


class Shape:
    def area(self) -> float:
        return 0.0


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side * self.side

    def grow(self) -> "Square":
        return Square(self.side + 1)


def normalise(v: int | str | None) -> int:
    if v is None:
        v = 0
    elif isinstance(v, str):
        v = len(v.strip())
    return v * 10


def describe(s: Shape | str) -> str:
    if not isinstance(s, Shape):
        s = Square(float(len(s)))
        return f"from text: {s.grow().area():.1f}"
    return f"shape: {s.area():.1f}"


async def main() -> None:
    await asyncio.sleep(0)
    print(Frac(1, 2) + 3, Frac(1, 2) + Frac(1, 3))
    print(normalise(None), normalise(" abc "), normalise(7))
    print(describe("four"), describe(Square(2.0)))
    x: int | str = "start"
    x = 5
    print(x + 1)
    x = "five"
    print(x.upper())


asyncio.run(main())
