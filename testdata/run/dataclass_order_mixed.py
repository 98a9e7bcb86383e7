# Ordering and equality across a dataclass and its subclass: order=True
# compares instances of exactly one class (CPython's __lt__ returns
# NotImplemented otherwise, so the comparison raises TypeError), and
# equality across lists of a base and a subclass compares element by element.
from dataclasses import dataclass


@dataclass(order=True)
class Point:
    x: int


@dataclass(order=True)
class Point3(Point):
    z: int = 0


def try_sort(xs: list[Point]) -> None:
    try:
        print(sorted(xs))
    except TypeError as e:
        print("TypeError:", e)


def main() -> None:
    a = Point(1)
    print(a < Point(2), Point3(1, 2) <= Point3(1, 3), max([Point3(0, 5), Point3(1, 0)]))
    try_sort([Point(3), Point(1), Point(2)])
    try_sort([Point3(2, 3), Point(1)])
    try_sort([Point(1), Point3(2, 3)])
    xs: list[Point] = [Point3(2, 3), Point(1)]
    p: Point = xs[0]
    for q in xs:
        try:
            print(p < q, p >= q)
        except TypeError as e:
            print("TypeError:", e)
    print(xs[0] == xs[1], [Point(1)] == [Point(1)], [Point(1)] == [Point3(1)], [Point3(1)] == [Point3(1)])
    print([Point(1), Point3(1, 0)] != [Point(1), Point3(1, 0)])


main()
