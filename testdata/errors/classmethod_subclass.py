# A class method that uses cls, called for a subclass: refused (the
# generator would construct the base class: a wrong answer).
from typing import Self


class Shape:
    def __init__(self, size: int) -> None:
        self.size = size

    @classmethod
    def unit(cls) -> Self:
        return cls(1)

    @classmethod
    def describe(cls) -> str:
        return "a shape"


class Square(Shape):
    pass


print(Shape.unit().size, Square.describe())
print(Square.unit().size)
s: Shape = Square(2)
print(s.unit().size)
