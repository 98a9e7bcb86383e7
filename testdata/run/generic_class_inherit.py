# Generic classes with other bases, generic subclasses of generic classes
# and concrete subclasses of an instantiation.
from typing import Generic, TypeVar

T = TypeVar("T")
U = TypeVar("U")


class Named:
    def __init__(self, name: str) -> None:
        self.name = name

    def describe(self) -> str:
        return f"{type(self).__name__}({self.name})"


class Box(Named, Generic[T]):
    def __init__(self, name: str, item: T) -> None:
        super().__init__(name)
        self.item = item

    def get(self) -> T:
        return self.item


class Tagged(Box[T], Generic[T, U]):
    def __init__(self, name: str, item: T, tag: U) -> None:
        super().__init__(name, item)
        self.tag = tag

    def describe(self) -> str:
        return super().describe() + f" tagged {self.tag!r}"


class IntBox(Box[int]):
    def double(self) -> int:
        return self.item * 2


def main() -> None:
    b = IntBox("i", 3)
    print(b.get(), b.double(), b.describe())
    s: Box[str] = Box("s", "text")
    print(s.get().upper(), s.describe())
    t: Tagged[float, str] = Tagged("t", 2.5, "x")
    print(t.get() * 2, t.describe(), t.tag)
    items: list[Named] = [b, s, t]
    for it in items:
        print(it.describe(), isinstance(it, Box), isinstance(it, Tagged), isinstance(it, IntBox))


main()
