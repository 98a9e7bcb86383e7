import asyncio


class Shape:
    registry: dict[str, int] = {}
    count = 0
    unit = "cm"

    def __init__(self, name: str) -> None:
        self.name = name

        type(self).count += 1
        Shape.registry[name] = type(self).count

    @classmethod
    def set_unit(cls, u: str) -> None:
        cls.unit = u

    def describe(self) -> str:
        return f"{self.name} in {self.unit} (#{self.count})"


class Circle(Shape):
    pass


class Square(Shape):
    unit = "mm"


class Tiny(Square):
    pass


async def build(kind: type[Shape], name: str) -> Shape:
    await asyncio.sleep(0)
    return kind(name)


async def main() -> None:
    shapes = await asyncio.gather(build(Circle, "c1"), build(Square, "s1"), build(Tiny, "t1"), build(Circle, "c2"), build(Shape, "x"))
    for s in shapes:
        print(s.describe())
    print(Shape.count, Circle.count, Square.count, Tiny.count)
    Square.set_unit("m")
    Shape.set_unit("in")
    for s in shapes:
        print(s.describe())
    print(Shape.registry)
    Circle.count = 100
    Shape.count -= 1
    print(Shape.count, Circle.count, Square.count, Tiny.count)


asyncio.run(main())
