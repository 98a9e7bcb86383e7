# A bare call of a generic class whose arguments do not tell its type
# arguments (not literals or annotated parameters) is refused rather than
# guessed; Box[int](...) or an annotated variable compile.
from typing import Generic, TypeVar

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item


def main() -> None:
    n = len("abc")
    a: Box[float] = Box(1.5)
    b = Box(n)
    print(a.item, b.item)


main()
