"""Immutable value objects that copy themselves with type(self)(...) and
type(self).zero(), so subclasses get instances of their own class."""
import asyncio
from dataclasses import dataclass


@dataclass(frozen=True)
class Money:
    cents: int
    currency: str = "USD"

    def __add__(self, o: "Money") -> "Money":
        if o.currency != self.currency:
            raise ValueError(f"cannot add {o.currency} to {self.currency}")
        return type(self)(self.cents + o.cents, self.currency)

    @classmethod
    def zero(cls) -> "Money":
        return cls(0)

    def cleared(self) -> "Money":
        return type(self).zero()

    def __str__(self) -> str:
        return f"{self.cents / 100:,.2f} {self.currency}"


@dataclass(frozen=True)
class Euro(Money):
    currency: str = "EUR"

    @classmethod
    def zero(cls) -> "Money":
        return cls(0, "EUR")


class Shape:
    def __init__(self, label: str) -> None:
        self.label = label

    def renamed(self, suffix: str) -> "Shape":
        return type(self)(self.label + suffix)

    def __str__(self) -> str:
        return f"{type(self).__name__}({self.label})"


class Square(Shape):
    def __init__(self, label: str, side: float = 1.0) -> None:
        super().__init__(label)
        self.side = side

    def scaled(self, k: float) -> "Square":
        make = type(self)
        return make(self.label + "*", self.side * k)

    def __str__(self) -> str:
        return f"{super().__str__()} side={self.side:g}"


class Tile(Square):
    pass


async def main() -> None:
    wallet = [Money(150), Money(275), Money(5)]
    total = Money.zero()
    for m in wallet:
        total = total + m
    print(total, type(total).__name__, total.cleared())
    e = Euro(1999) + Euro(1)
    print(e, type(e).__name__, e.cleared(), type(e.cleared()).__name__)
    try:
        print(Money(1) + Euro(1))
    except ValueError as err:
        print("ValueError:", err)
    shapes = [Shape("blob"), Square("sq", 2), Tile("t", 0.5)]
    for s in shapes:
        print(s, "->", s.renamed("'"))
    print(Tile("t", 3).scaled(2), Square("s").scaled(0.5).scaled(4))
    await asyncio.sleep(0)


asyncio.run(main())
