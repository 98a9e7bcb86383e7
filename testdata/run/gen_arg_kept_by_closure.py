import asyncio
from typing import Callable, Iterator


def nums(n: int) -> Iterator[int]:
    try:
        for i in range(n):
            yield i
    finally:
        print("nums closed")


def split(src: Iterator[int]) -> Callable[[], list[int]]:
    def rest() -> list[int]:
        out: list[int] = []
        for x in src:
            out.append(x)
        return out
    for first in src:
        print("first", first)
        break
    return rest


async def main() -> None:
    rest = split(nums(4))
    print("got rest")
    print(rest())


asyncio.run(main())
