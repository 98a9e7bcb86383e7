# Class attributes read through an instance find the instance's class's
# value: subclasses override them (a wrong answer before: the base's value
# was read), and assignments to the class are seen by every instance.
import asyncio


class Shape:
    sides = 0
    name = "shape"
    unit = "cm"

    def __init__(self, size: float) -> None:
        self.size = size

    def describe(self) -> str:
        return f"{self.name} with {self.sides} sides of {self.size}{self.unit}"

    def perimeter(self) -> float:
        return self.sides * self.size


class Triangle(Shape):
    sides = 3
    name = "triangle"


class Square(Shape):
    sides = 4
    name = "square"


class Cube(Square):
    name = "cube"

    def perimeter(self) -> float:
        return 12 * self.size


class Handler:
    route = "/"
    methods: tuple[str, ...] = ("GET",)

    async def handle(self, method: str) -> str:
        await asyncio.sleep(0)
        if method not in self.methods:
            return f"405 {self.route}"
        return f"200 {self.route} via {type(self).__name__}"


class Users(Handler):
    route = "/users"
    methods = ("GET", "POST")


class Health(Handler):
    route = "/health"


class Meter:
    def read(self) -> float:
        raise NotImplementedError


class Ticks(Meter):
    def __init__(self, n: int) -> None:
        self.n = n

    def read(self) -> float:
        return self.n * 2  # an int where the base declares float: CPython prints an int


async def main() -> None:
    shapes: list[Shape] = [Shape(1.0), Triangle(2.0), Square(1.5), Cube(0.5)]
    for s in shapes:
        print(s.describe(), s.perimeter())
    print(sorted((s.sides, s.name) for s in shapes))
    Shape.unit = "mm"
    Square.sides = 40
    print([s.describe() for s in shapes[2:]], Cube.sides, Triangle.unit)
    handlers: list[Handler] = [Users(), Health(), Handler()]
    for h in handlers:
        print(await h.handle("GET"), await h.handle("POST"), h.methods)
    meters: list[Meter] = [Ticks(3), Ticks(5)]
    print([m.read() for m in meters], [type(s).name for s in shapes], type(shapes[1]).sides, type(handlers[0]).route)
    print(issubclass(Cube, Square), issubclass(Triangle, (Square, Cube)), issubclass(Shape, Shape), issubclass(Shape, Cube))
    total, seen = 0, ["-"]
    for s in shapes:
        total, seen = total + s.sides, []
        seen.append(s.name)
    print(total, seen)


asyncio.run(main())
