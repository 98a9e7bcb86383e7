# cls(...) through a class object where a subclass's __init__ needs an
# argument the call does not pass: CPython raises TypeError only when the
# subclass is constructed (mypy accepts it).
import asyncio


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    @classmethod
    def named(cls, name: str) -> "Shape":
        return cls(name)


class Circle(Shape):
    def __init__(self, name: str, radius: float) -> None:
        super().__init__(name)
        self.radius = radius


async def main() -> None:
    print(Shape.named("s").name)
    try:
        Circle.named("c")
    except TypeError as e:
        print(e)

asyncio.run(main())
