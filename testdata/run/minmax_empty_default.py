# min/max of an empty display with a default: the default's type decides.
import asyncio
from typing import Optional


def longest(words: list[str]) -> str:
    return max(words, key=len) if words else max([], default="<none>")


async def main() -> None:
    print(max([], default="empty"), min([], default=0), min([], default=2.5))
    best: Optional[int] = max([], default=None)
    print(best, longest([]), longest(["a", "abc", "ab"]))
    print(max([], default=-1) + 1)


asyncio.run(main())
