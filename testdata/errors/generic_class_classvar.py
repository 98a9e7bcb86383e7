# A class attribute of a generic class used with several type arguments is
# refused: CPython has one class object (one counter) for Acc[int] and
# Acc[float]; aiogo makes one class per type arguments.
from typing import ClassVar, Generic, TypeVar

T = TypeVar("T")


class Acc(Generic[T]):
    created: ClassVar[int] = 0

    def __init__(self, start: T) -> None:
        self.total = start
        Acc[int].created += 1


def main() -> None:
    a = Acc(1)
    b = Acc(0.5)
    print(a.total, b.total, Acc[int].created)


main()
