# if TYPE_CHECKING: blocks that only import (names used in quoted annotations):
# the imports hold for the checker, as mypy reads them (they were refused).
import asyncio
from typing import TYPE_CHECKING
import typing

if TYPE_CHECKING:
    from collections.abc import Sequence

if typing.TYPE_CHECKING:
    pass


def total(xs: "Sequence[int]") -> int:
    return sum(xs)


async def main() -> None:
    print(total([1, 2, 3]))


asyncio.run(main())
