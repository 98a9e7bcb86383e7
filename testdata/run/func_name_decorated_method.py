# The __name__ of a method whose def is decorated is the decorator's
# result's name (often "wrapper"), read through an instance or the class.
import asyncio
from typing import Callable


def traced(fn: Callable[["Box", int], int]) -> Callable[["Box", int], int]:
    def wrapper(self: "Box", n: int) -> int:
        return fn(self, n)

    return wrapper


class Box:
    @traced
    def grow(self, n: int) -> int:
        return n + 1


async def main() -> None:
    b = Box()
    print(b.grow.__name__, Box.grow.__name__, b.grow(1))


asyncio.run(main())
