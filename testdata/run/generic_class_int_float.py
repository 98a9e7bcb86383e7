# One generic class used with int and float (and compared by type): each
# instantiation keeps its own arithmetic, type(a) is type(b) holds for two
# instantiations as in CPython, and isinstance sees every instantiation.
from typing import Generic, TypeVar

T = TypeVar("T")


class Series(Generic[T]):
    def __init__(self, first: T) -> None:
        self.values = [first]

    def push(self, x: T) -> "Series[T]":
        self.values.append(x)
        return self

    def last(self) -> T:
        return self.values[-1]

    def __len__(self) -> int:
        return len(self.values)


def main() -> None:
    a = Series(1).push(2).push(3)
    b = Series(0.5).push(2.25)
    c: Series[float] = Series(6.0)
    print(a.values, b.values, c.values, sum(a.values) / 2, sum(b.values) * 2)
    print(a == a, type(a) is type(b), type(a) == type(c))
    print(type(a).__name__, type(b).__qualname__, a.last() + 1, b.last() + 1)
    print([isinstance(x, Series) for x in (a, b, c, 1)])


main()
