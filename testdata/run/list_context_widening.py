# Lists built where a list of a base class or a protocol is expected take
# their element type from that context, as mypy infers it.
import asyncio
from typing import Protocol


class HasArea(Protocol):
    def area(self) -> float: ...


class Shape:
    def __init__(self, name: str, w: float) -> None:
        self.name = name
        self.w = w

    def area(self) -> float:
        return self.w * self.w

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r}, {self.w})"


class Square(Shape):
    pass


class Circle(Shape):
    def area(self) -> float:
        return 3.0 * self.w * self.w


def total(items: list[HasArea]) -> float:
    return sum(i.area() for i in items)


def names(items: list[Shape]) -> str:
    return ",".join(s.name for s in items)


def squares() -> list[Square]:
    return [Square("s2", 2), Square("s1", 1.5)]


async def main() -> None:
    shapes: list[Shape] = [Shape("a", 1), Circle("c", 0.5)]
    print(total(list(shapes)))
    both = shapes + [Square("sq", 3)]
    print(both, names(shapes + [Circle(n, 1) for n in "xy"]))
    weights: list[float] = [0.5]
    print(weights + [1], weights + [2, 2.5])
    opt: list[int | None] = [1]
    print(opt + [None], opt + [3])
    ordered: list[Shape] = sorted(squares(), key=lambda s: s.area())
    print(ordered, names(sorted(squares(), key=lambda s: s.name)))
    back: list[Shape] = list(reversed(squares()))
    frozen: tuple[Shape, ...] = tuple(squares())
    print(back, frozen)
    back.append(Circle("late", 2))
    print(names(back), len(frozen))


asyncio.run(main())
