# A class method constructs through cls(...) with the base's arguments; a
# subclass whose __init__ wants other arguments raises TypeError only when a
# call actually constructs it (CPython binds the arguments at run time).
from dataclasses import dataclass
from typing import Optional


class Shape:
    def __init__(self, name: str) -> None:
        self.name = name

    @classmethod
    def named(cls, name: str) -> "Shape":
        return cls(name)

    @classmethod
    def blank(cls) -> "Shape":
        return cls("blank")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"


class Circle(Shape):
    def __init__(self, name: str, radius: float) -> None:
        super().__init__(name)
        self.radius = radius


class Polygon(Shape):
    def __init__(self, name: str, sides: int, *, regular: bool) -> None:
        super().__init__(name)
        self.sides = sides
        self.regular = regular


class Label(Shape):
    def __init__(self) -> None:
        super().__init__("label")


class Square(Shape):
    pass


class Tagged(Shape):
    def __init__(self, name: str, *, tag: str, owner: str) -> None:
        super().__init__(name)
        self.tag = tag


@dataclass
class Record:
    key: str

    @classmethod
    def parse(cls, text: str) -> "Record":
        return cls(text.strip())


@dataclass
class Timed(Record):
    at: float
    note: Optional[str] = None


def build(kinds: list[type[Shape]], name: str) -> None:
    for k in kinds:
        try:
            print("built", k.named(name))
        except TypeError as e:
            print("TypeError:", e)


build([Shape, Square, Circle, Polygon, Label, Tagged], "s")
blanks: list[type[Shape]] = [Shape, Label, Circle]
for k in blanks:
    try:
        print(k.blank())
    except TypeError as e:
        print("TypeError:", e)
records: list[type[Record]] = [Record, Timed]
for r in records:
    try:
        print(r.parse("  k1 "))
    except TypeError as e:
        print("TypeError:", e)
