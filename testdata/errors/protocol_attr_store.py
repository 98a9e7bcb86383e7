import asyncio
from typing import Protocol


class Sized(Protocol):
    size: int


class Box:
    def __init__(self) -> None:
        self.size = 3


def grow(s: Sized) -> None:
    s.size += 1


async def main() -> None:
    b = Box()
    grow(b)
    print(b.size)


asyncio.run(main())
