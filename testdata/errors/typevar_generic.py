# Generic classes are outside the language: one message at the TypeVar, none
# at the annotations, bases and bodies that use it (the generic function
# first is refused with it: the type variable is not only in functions).
import asyncio
from typing import Generic, TypeVar

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


def first(xs: list[T]) -> T:
    return xs[0]


async def main() -> None:
    b = Box(3)
    print(b.get(), first([1, 2]))


asyncio.run(main())
