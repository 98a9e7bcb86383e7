# Class and static methods overridden with another signature (a narrower
# result, a wider parameter, an extra parameter with a default), called
# through class objects: each class object adapts to its nearest definition.
import asyncio
from typing import Optional


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    @classmethod
    def make(cls, spec: str) -> "Shape":
        return cls(spec)

    @classmethod
    def scale(cls, k: int) -> float:
        return k * 1.0

    @staticmethod
    def unit() -> Optional[int]:
        return None

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"


class Square(Shape):
    @classmethod
    def make(cls, spec: str) -> "Square":
        return cls(spec.upper())

    @classmethod
    def scale(cls, k: float, extra: float = 0.5) -> float:
        return k * 2 + extra

    @staticmethod
    def unit() -> int:
        return 1


class Tiny(Square):
    pass


def build(kind: type[Shape], spec: str) -> Shape:
    return kind.make(spec)


def build_sq(kind: type[Square], spec: str) -> Square:
    return kind.make(spec)


async def main() -> None:
    for k in (Shape, Square, Tiny):
        print(build(k, "ab"), k.scale(3), k.unit(), k.make("x"))
    print(build_sq(Tiny, "t"), build_sq(Square, "s").name, Tiny.scale(1.5), Square.scale(2, 0.0))
    kinds: list[type[Shape]] = [Tiny, Shape]
    print([k.make("z") for k in kinds], [k.scale(4) for k in kinds], [k.unit() for k in kinds])


asyncio.run(main())
