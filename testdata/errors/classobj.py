# Class objects as values: what cannot be compiled correctly is refused.
from typing import ClassVar


class Shape:
    count: ClassVar[int] = 0

    def __init__(self, name: str) -> None:
        self.name = name

    @classmethod
    def make(cls, name: str) -> "Shape":
        cls.count += 1  # CPython would give a subclass its own count
        return cls(name)

    @classmethod
    def owns(cls, s: object) -> bool:
        return isinstance(s, cls)


class Sized(Shape):
    def __init__(self, name: str, size: int) -> None:
        super().__init__(name)
        self.size = size


def build(k: type[Shape]) -> Shape:
    return k("x")


Sized.count = 3
print(build(Shape).name, Shape.make("a").name, Shape.owns(Sized("b", 1)))
