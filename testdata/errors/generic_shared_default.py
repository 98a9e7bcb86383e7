# A generic function with a list default called with two types: CPython
# shares the one list among all calls; the compiled copies would each have
# their own.
import asyncio
from typing import TypeVar

T = TypeVar("T")


def remember(x: T, seen: list[T] = []) -> list[T]:
    seen.append(x)
    return seen


async def main() -> None:
    print(remember(1), remember("a"))


asyncio.run(main())
