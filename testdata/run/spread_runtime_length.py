"""Spreading a list, map(...) or generator of run-time length into the
positional parameters of functions, methods and constructors:
Point(*map(int, text.split(","))), area(*dims); a wrong item count raises
CPython's TypeError."""
import asyncio
from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: int
    y: int


class Rect:
    def __init__(self, left: int, top: int, width: int, height: int) -> None:
        self.left, self.top, self.width, self.height = left, top, width, height

    def contains(self, x: int, y: int) -> bool:
        return self.left <= x < self.left + self.width and self.top <= y < self.top + self.height

    def __repr__(self) -> str:
        return f"Rect({self.left}, {self.top}, {self.width}x{self.height})"


def area(w: int, h: int) -> int:
    return w * h


def describe(label: str, r: int, g: int, b: int) -> str:
    return f"{label}=#{r:02x}{g:02x}{b:02x}"


async def main() -> None:
    points = [Point(*map(int, s.split(","))) for s in ["3,4", "10,-2", "0,0"]]
    print(points)
    rects = [Rect(*[int(v) for v in line.split()]) for line in ["0 0 10 5", "2 3 4 4"]]
    dims = [6, 7]
    print(rects, area(*dims), area(*reversed(dims)), area(*sorted(dims, reverse=True)))
    for p in points:
        coords = [p.x, p.y]
        print(p, [r.contains(*coords) for r in rects])
    rgb = (int(h, 16) for h in ("ff", "80", "0a"))
    print(describe("accent", *rgb), describe("gray", *[128] * 3))
    none: list[int] = []
    for bad in ["1,2,3", "5", ""]:
        try:
            print(Point(*map(int, bad.split(","))) if bad else area(*none))
        except TypeError as e:
            print("TypeError:", e)
        except ValueError as e:
            print("ValueError:", e)
    first, extra, one = rects[0], [1, 2, 3], [1]
    try:
        first.contains(*extra)
    except TypeError as e:
        print("TypeError:", e)
    try:
        describe("x", *one)
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0)


asyncio.run(main())
