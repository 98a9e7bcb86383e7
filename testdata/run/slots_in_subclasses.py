# Every class of a hierarchy declares its own __slots__ (a subclass adding
# no attributes writes ()): each is a tuple of str, read through the class.
import asyncio


class Shape:
    __slots__ = ("name", "scale")

    def __init__(self, name: str) -> None:
        self.name = name
        self.scale = 1.0

    def area(self) -> float:
        raise NotImplementedError


class Square(Shape):
    __slots__ = ("side",)

    def __init__(self, side: float) -> None:
        super().__init__("square")
        self.side = side

    def area(self) -> float:
        return self.side ** 2 * self.scale


class Unit(Square):
    __slots__ = ()

    def __init__(self) -> None:
        super().__init__(1.0)


async def main() -> None:
    shapes: list[Shape] = [Square(3), Unit()]
    shapes[0].scale = 0.5
    await asyncio.sleep(0)
    print([(s.name, s.area()) for s in shapes])
    print(Shape.__slots__, Square.__slots__, Unit.__slots__, len(Unit.__slots__))
    print(sorted(set(Shape.__slots__ + Square.__slots__ + Unit.__slots__)))


asyncio.run(main())
