import asyncio
from typing import Iterator


class Shape:
    kind = "shape"

    def __init__(self, name: str) -> None:
        self.name = name

    def area(self) -> float:
        raise NotImplementedError(f"{type(self).__name__}.area")

    def perimeter(self) -> float:
        raise NotImplementedError

    def describe(self) -> str:
        return f"{self.kind} {self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

    def __lt__(self, other: "Shape") -> bool:
        return self.area() < other.area()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"


class Rect(Shape):
    kind = "rectangle"

    def __init__(self, name: str, w: float, h: float) -> None:
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2 * (self.w + self.h)


class Square(Rect):
    kind = "square"

    def __init__(self, name: str, side: float) -> None:
        super().__init__(name, side, side)

    @property
    def side(self) -> float:
        return self.w

    @side.setter
    def side(self, value: float) -> None:
        if value <= 0:
            raise ValueError("side must be positive")
        self.w = self.h = value


class Circle(Shape):
    kind = "circle"
    PI = 3.141592653589793

    def __init__(self, name: str, r: float) -> None:
        super().__init__(name)
        self.r = r

    def area(self) -> float:
        return self.PI * self.r ** 2

    def perimeter(self) -> float:
        return 2 * self.PI * self.r


class Triangle(Shape):
    kind = "triangle"

    def __init__(self, name: str, a: float, b: float, c: float) -> None:
        super().__init__(name)
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle {a}, {b}, {c}")
        self.sides = (a, b, c)

    def perimeter(self) -> float:
        return sum(self.sides)

    def area(self) -> float:
        s = self.perimeter() / 2
        a, b, c = self.sides
        return float((s * (s - a) * (s - b) * (s - c)) ** 0.5)


class Blob(Shape):
    pass


class Drawing:
    def __init__(self) -> None:
        self.shapes: list[Shape] = []

    def add(self, shape: Shape) -> "Drawing":
        self.shapes.append(shape)
        return self

    def __iter__(self) -> Iterator[Shape]:
        return iter(self.shapes)

    def __len__(self) -> int:
        return len(self.shapes)

    def total_area(self) -> float:
        return sum(s.area() for s in self.shapes)


async def measure(shape: Shape) -> str:
    await asyncio.sleep(0)
    try:
        return shape.describe()
    except NotImplementedError as e:
        return f"{shape!r} cannot be measured ({e})"


async def main() -> None:
    d = Drawing()
    d.add(Rect("r1", 3, 4)).add(Square("s1", 2.5)).add(Circle("c1", 1))
    d.add(Triangle("t1", 3, 4, 5))
    for line in await asyncio.gather(*(measure(s) for s in d), measure(Blob("b"))):
        print(line)
    print(len(d), f"total area {d.total_area():.3f}")
    print(sorted(d), max(d).name, min(d, key=lambda s: s.perimeter()))
    sq = d.shapes[1]
    if isinstance(sq, Square):
        sq.side = 5.0
        print(sq.side, sq.area(), sq.kind, Rect.kind)
        try:
            sq.side = -1
        except ValueError as e:
            print("error:", e)
    try:
        Triangle("bad", 1.0, 2.0, 10.0)
    except ValueError as e:
        print("error:", e)
    kinds: dict[str, list[str]] = {}
    for s in d:
        kinds.setdefault(type(s).__name__, []).append(s.name)
    print(kinds)
    print([isinstance(s, Rect) for s in d], issubclass(Square, Shape))


asyncio.run(main())
