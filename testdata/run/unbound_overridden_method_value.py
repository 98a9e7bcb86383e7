# A base-class method named through the class and passed as a value where
# subclasses override it: CPython calls the base's own function on every
# instance (Shape.describe on a Circle runs Shape.describe), while the
# methods it calls through self still dispatch to the override.
import asyncio
from collections.abc import Callable, Sequence


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        raise NotImplementedError(f"{type(self).__name__}.area")

    def describe(self) -> str:
        return f"{self.name}:{self.area():.2f}"

    def rank(self) -> int:
        return 0


class Rect(Shape):
    def __init__(self, w: float, h: float) -> None:
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self) -> float:
        return self.w * self.h

    def describe(self) -> str:
        return f"Rect {self.w:g}x{self.h:g}"

    def rank(self) -> int:
        return 2


class Circle(Shape):
    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return 3.14159 * self.r ** 2

    def rank(self) -> int:
        return 1


def report(shapes: Sequence[Shape], fmt: Callable[[Shape], str]) -> list[str]:
    return [fmt(s) for s in shapes]


async def main() -> None:
    shapes: list[Shape] = [Rect(2, 3), Circle(1), Rect(1, 1)]
    await asyncio.sleep(0)
    print(report(shapes, Shape.describe))
    print(report(shapes, lambda s: s.describe()))
    print([s.name for s in sorted(shapes, key=Shape.rank)], [s.name for s in sorted(shapes, key=lambda s: s.rank())])
    base_rank = Shape.rank
    print([base_rank(s) for s in shapes], base_rank(shapes[0]) + Rect.rank(Rect(1, 2)))
    hooks: dict[str, Callable[[Shape], str]] = {"base": Shape.describe, "own": lambda s: s.describe()}
    for k, h in hooks.items():
        print(k, h(shapes[0]))
    try:
        print(report([Shape("blob")], Shape.describe))
    except NotImplementedError as e:
        print("not implemented:", e)


asyncio.run(main())
