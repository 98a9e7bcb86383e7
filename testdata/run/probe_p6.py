import asyncio
from typing import Callable


class Shape:
    def area(self) -> float:
        raise NotImplementedError

    def __str__(self) -> str:
        return f"{type(self).__name__}({self.area():.1f})"


class Circle(Shape):
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return 3.14159 * self.r ** 2


class Sq(Shape):
    def __init__(self, s: float) -> None:
        self.s = s

    def area(self) -> float:
        return self.s * self.s


def apply(fs: list[Callable[[int], int]], x: int) -> list[int]:
    return [f(x) for f in fs]


async def ticker(name: str, n: int, interval: float, out: list[str]) -> None:
    for i in range(n):
        out.append(f"{name}{i}")
        await asyncio.sleep(interval)


async def main() -> None:
    shapes: list[Shape] = [Circle(1.0), Sq(2.0), Circle(0.5)]
    for s in sorted(shapes, key=lambda s: s.area()):
        print(s)
    print(b"ab" * 3, "x".center(5, "*"), "Title Case Me".swapcase())
    print(apply([lambda v: v + 1, lambda v: v * v, abs], -3))
    out: list[str] = []
    await asyncio.gather(ticker("a", 3, 0.01, out), ticker("b", 2, 0.015, out))
    print(out)
    try:
        Shape().area()
    except NotImplementedError:
        print("abstract")
    data = {"x": [1, 2], "y": [3]}
    data.setdefault("z", []).append(9)
    print(data, sum(len(v) for v in data.values()), list(data.items())[0])
    print(sorted({"b": 1, "a": 2}.items()), dict(sorted({"b": 1, "a": 2}.items())))


asyncio.run(main())
