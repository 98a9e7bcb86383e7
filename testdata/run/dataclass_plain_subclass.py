import asyncio
from dataclasses import dataclass, field


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list[str] = field(default_factory=list)

    def deposit(self, amount: float) -> None:
        self.balance += amount
        self.history.append(f"+{amount}")

    def describe(self) -> str:
        return f"{type(self).__name__} of {self.owner}: {self.balance:.2f}"


class Savings(Account):
    RATE = 0.05

    def add_interest(self) -> float:
        gained = round(self.balance * self.RATE, 2)
        self.deposit(gained)
        return gained


class Checking(Account):
    def describe(self) -> str:
        return "checking: " + super().describe()


@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int


class Point3(Point):
    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


# Dataclasses deriving from a plain base class with methods only (an
# abstract base): fields, __init__, __repr__ and __eq__ are the dataclass's.
class Shape:
    kind = "shape"

    def area(self) -> float:
        raise NotImplementedError

    def describe(self) -> str:
        return f"{self.kind} with area {self.area():.2f}"


class Labeled(Shape):
    def __str__(self) -> str:
        return f"<{self.describe()}>"


@dataclass
class Circle(Labeled):
    r: float
    kind = "circle"

    def area(self) -> float:
        return 3.0 * self.r * self.r


@dataclass(frozen=True)
class Square(Shape):
    side: float

    def area(self) -> float:
        return self.side * self.side

    def describe(self) -> str:
        return "square: " + super().describe()


@dataclass(order=True)
class Rect(Shape):
    w: int
    h: int = 1
    tags: list[str] = field(default_factory=list)

    def area(self) -> float:
        return float(self.w * self.h)


class Blob(Shape):
    def area(self) -> float:
        return 1.0

    def __repr__(self) -> str:
        return "Blob()"


@dataclass
class Tri(Rect):
    note: str = ""


def shapes_demo() -> None:
    shapes: list[Shape] = [Circle(1.0), Square(2.0), Rect(2, 3), Blob(), Tri(1, 2, ["x"], "t")]
    for s in shapes:
        print(repr(s), str(s), s.describe())
    print(shapes)
    print(Circle(1.0) == Circle(1.0), Rect(1) == Tri(1))
    print(Circle(2.0) in shapes, Circle(1.0) in shapes, Square(2.0) in shapes)
    print(Rect(1, 2) < Rect(2, 1), sorted([Rect(3), Rect(1, 5), Rect(1, 2)]))
    total = sum(s.area() for s in shapes if isinstance(s, (Circle, Rect)))
    print(total, [type(s).__name__ for s in shapes if isinstance(s, Labeled)])
    print(Circle.kind, Square(1.0).kind, Rect(1).tags)


async def main() -> None:
    s = Savings("ann", 100.0)
    c = Checking("bob")
    c.deposit(20.0)
    print(s.add_interest(), s, c)
    print(s.describe(), c.describe(), s == Savings("ann", 105.0, ["+5.0"]), s == Account("ann", 105.0, ["+5.0"]))
    p = Point3(1, -2)
    print(p, p.norm1(), p < Point3(2, 0), sorted([Point3(3, 1), Point3(1, 5)]))
    accounts: list[Account] = [s, c, Account("cy", 1.0)]
    print([a.describe() for a in accounts])
    shapes_demo()


asyncio.run(main())
