# mypy --strict accepts this program; CPython prints the named tuple as
# P(x=1, y=2) beside the plain tuple (3, 4) in one list.
import asyncio
from typing import NamedTuple


class P(NamedTuple):
    x: int
    y: int


def area(ps: list[tuple[int, int]]) -> int:
    return sum(a * b for a, b in ps)


async def main() -> None:
    pts: list[tuple[int, int]] = [P(1, 2), (3, 4)]
    print(pts, area(pts))
    p = P(5, 6)
    fixed: list[tuple[int, int]] = [(p.x, p.y), (7, 8)]
    print(fixed, area(fixed))


asyncio.run(main())
