# A class generic only through its bases (class Sub(Box[T]) without
# Generic[T]) stays outside the language: one message at the TypeVar.
from typing import Generic, TypeVar

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item


class Sub(Box[T]):
    def get(self) -> T:
        return self.item


def main() -> None:
    b: Sub[int] = Sub(3)
    print(b.get())


main()
