import asyncio
from typing import Callable


def add(a: int, a: int) -> int:
    return a + a


class Box:
    def put(self, item: str, item: str) -> None:
        pass


async def main() -> None:
    f: Callable[[int, int], int] = lambda p, p: p
    print(add(1, 2), f(1, 2))


asyncio.run(main())
