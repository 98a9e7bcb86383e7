# A type variable no argument binds (an empty display): mypy accepts it (T is
# <nothing>), aiogo asks for an annotation.
import asyncio
from typing import Optional, TypeVar

T = TypeVar("T")


def first(xs: list[T]) -> Optional[T]:
    return xs[0] if xs else None


async def main() -> None:
    print(first([1, 2]), first([]))


asyncio.run(main())
