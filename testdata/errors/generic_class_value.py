# A generic class with type arguments used as a value is refused: CPython
# prints the typing alias (__main__.Stack[int]), not the class.
from typing import Generic, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []


def main() -> None:
    s = Stack[int]()
    print(Stack[int], len(s.items))


main()
