# Generic types without type arguments: mypy --strict refuses them
# (disallow_any_generics: list means list[Any]), and aiogo has no Any.
import asyncio
from collections.abc import Callable


def total(xs: list) -> int:
    return len(xs)


def index(words: list[str]) -> dict:
    return {w: i for i, w in enumerate(words)}


def run(cb: Callable, q: asyncio.Queue, t: asyncio.Task) -> tuple:
    return ()


async def main() -> None:
    print(total([1, 2]), index(["a"]))

asyncio.run(main())
