# isinstance with a | union of classes (Python 3.10), on objects, unions and
# class hierarchies, in if tests, comprehensions and narrowing.
import asyncio
from dataclasses import dataclass
from typing import Union


class Shape:
    pass


@dataclass
class Circle(Shape):
    r: float


@dataclass
class Square(Shape):
    side: float


@dataclass
class Blob(Shape):
    mass: int


Value = Union[int, str, float, None, list[int]]


def describe(v: Value) -> str:
    if isinstance(v, int | float):
        return f"number {v * 2}"
    if isinstance(v, str) or v is None:
        return f"text {v!r}"
    return f"list of {len(v)}"


async def main() -> None:
    values: list[Value] = [3, 2.5, "x", None, [1, 2]]
    print([describe(v) for v in values])
    shapes: list[Shape] = [Circle(1.0), Square(2.0), Blob(3)]
    round_or_square = [s for s in shapes if isinstance(s, Circle | Square)]
    print(round_or_square, sum(isinstance(s, Blob | Circle) for s in shapes))
    objs: list[object] = [1, "a", b"b", 2.0, (1,)]
    print([type(o).__name__ for o in objs if isinstance(o, bytes | tuple | float)])
    errors: list[Exception] = [ValueError("v"), KeyError("k"), RuntimeError("r")]
    print([str(e) for e in errors if isinstance(e, ValueError | LookupError)])


asyncio.run(main())
