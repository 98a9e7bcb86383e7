# Class objects as values (type[C], cls in class methods): construction, class
# attributes, class and static methods dispatched on the class the value holds.
import asyncio
from typing import ClassVar, Optional


class Shape:
    kind = "shape"
    count: ClassVar[int] = 0

    def __init__(self, name: str) -> None:
        self.name = name

    @classmethod
    def make(cls, name: str) -> "Shape":
        Shape.count += 1
        return cls(name)

    @classmethod
    def describe(cls) -> str:
        return f"{cls.__name__}:{cls.kind}:{Shape.count}"

    @classmethod
    def both(cls) -> str:
        return cls.describe() + "!"

    @staticmethod
    def unit() -> str:
        return "cm"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name})"


class Circle(Shape):
    kind = "circle"

    @staticmethod
    def unit() -> str:
        return "rad"


class Square(Shape):
    kind = "square"

    @classmethod
    def describe(cls) -> str:
        return "always square " + cls.unit()


class AppError(Exception):
    code = 1

    @classmethod
    def fail(cls, msg: str) -> "AppError":
        return cls(f"[{cls.code}] {msg}")


class NotFound(AppError):
    code = 404


def build(kind: type[Shape], name: str) -> Shape:
    return kind(name)


def raiser(cls: type[Exception], msg: str) -> None:
    raise cls(msg)


async def main() -> None:
    c = Circle.make("c1")
    print(c, type(c).__name__, isinstance(c, Circle))
    s = Square.make("s1")
    print(s, Shape.count)
    print(Circle.describe(), Square.both(), Shape.describe())
    print(c.describe(), s.both(), c.unit(), s.unit())
    k: type[Shape] = Circle
    print(build(k, "x"), build(Square, "y"), k.__name__, k.unit())
    for cls in [Circle, Square, Shape]:
        print(cls.make("z"), cls.kind, cls, cls.both())
    try:
        raise NotFound.fail("gone")
    except AppError as e:
        print(type(e).__name__, e)
    for ec in (ValueError, KeyError, NotFound):
        try:
            raiser(ec, "boom")
        except Exception as e:
            print(type(e).__name__, repr(e))
    t: Optional[type[Shape]] = None
    print(t)
    t = Square
    if t is not None:
        print(t.describe())


asyncio.run(main())
