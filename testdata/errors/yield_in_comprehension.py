# yield inside a comprehension: a SyntaxError in CPython 3.8+ (the
# comprehension's body is a function of its own).
import asyncio
from typing import Generator


def squares() -> Generator[int, None, list[int]]:
    return [(yield x) * x for x in range(3)]


async def main() -> None:
    print(list(squares()))


asyncio.run(main())
