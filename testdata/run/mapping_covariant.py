import asyncio
from typing import Mapping


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        return 0.0

    def __repr__(self) -> str:
        return f"<{self.name}>"


class Square(Shape):
    def __init__(self, name: str, side: int) -> None:
        super().__init__(name)
        self.side = side

    def area(self) -> float:
        return float(self.side * self.side)


class Registry:
    def __init__(self, shapes: Mapping[str, Shape]) -> None:
        self.shapes = shapes

    def total(self) -> float:
        return sum(s.area() for s in self.shapes.values())

    def describe(self) -> str:
        return ", ".join(f"{k}={v.area()}" for k, v in sorted(self.shapes.items()))


def widen(m: Mapping[str, Shape]) -> Mapping[str, object]:
    return m


async def tick(reg: Registry, squares: dict[str, Square]) -> None:
    for i in range(3):
        squares[f"s{i}"] = Square(f"s{i}", i + 1)
        await asyncio.sleep(0)
        print(len(reg.shapes), reg.total(), reg.describe())


async def main() -> None:
    squares: dict[str, Square] = {"a": Square("a", 5)}
    reg = Registry(squares)
    print(reg.shapes, reg.shapes == squares, "a" in reg.shapes)
    await tick(reg, squares)
    del squares["a"]
    print(reg.shapes, len(reg.shapes), reg.shapes.get("a"), reg.shapes.get("s0"))
    o = widen(reg.shapes)
    squares.clear()
    print(o, len(o), dict(reg.shapes), list(o.keys()))
    scores: dict[str, int] = {"x": 3}
    fm: Mapping[str, float] = scores
    scores["y"] = 4
    print(fm, fm["y"], sum(fm.values()), max(fm.values()) / 2)
    try:
        print(fm["zz"])
    except KeyError as e:
        print("KeyError", e)
    try:
        for k in fm:
            scores[k + "!"] = 1
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
