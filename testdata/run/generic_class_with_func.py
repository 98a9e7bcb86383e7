# A generic class next to a generic function: the class is
# monomorphized first (Box(3) is a Box[int]), then the function.
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
