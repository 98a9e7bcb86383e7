# A generic function over a generic class (Stack[T] in its signature) is
# not supported: the class's copies are made for concrete types only.
from typing import Generic, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []


def top(s: Stack[T]) -> T:
    return s.items[-1]


def main() -> None:
    s = Stack[int]()
    s.items.append(1)
    print(top(s))


main()
