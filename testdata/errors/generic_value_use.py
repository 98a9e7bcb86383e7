# A generic function named as a value (not called) is refused: each call is
# compiled for its own types, and a value has none.
import asyncio
from typing import TypeVar

T = TypeVar("T")


def twice(x: T) -> list[T]:
    return [x, x]


async def main() -> None:
    print(twice(3))
    print(list(map(twice, [1, 2])))


asyncio.run(main())
