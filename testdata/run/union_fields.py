import asyncio
from dataclasses import dataclass
from typing import Union


@dataclass
class Circle:
    name: str
    r: float
    tag: int


@dataclass
class Rect:
    name: str
    w: float
    h: float
    tag: str


@dataclass
class Square(Rect):
    pass


Shape = Union[Circle, Rect]


def area(s: Shape) -> float:
    if isinstance(s, Circle):
        return 3.0 * s.r * s.r
    return s.w * s.h


async def main() -> None:
    shapes: list[Shape] = [Circle("c1", 1.0, 7), Rect("r1", 2.0, 3.0, "x"), Square("s1", 2.0, 2.0, "sq")]
    for s in shapes:
        await asyncio.sleep(0)
        print(f"{s.name:<3} {area(s):6.2f} tag={s.tag!r}")
    names = sorted(s.name for s in shapes)
    print(names, [type(s).__name__ for s in shapes])
    tags = [s.tag for s in shapes]
    print(tags)


asyncio.run(main())
