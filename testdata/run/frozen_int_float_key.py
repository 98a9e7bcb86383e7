# A frozen dataclass or NamedTuple whose float field is given ints
# (Point(1, 2) for x: float; the field then holds an int or a float, and
# prints as given) hashes by value: such instances are dict keys and set
# elements. aiogo keeps 1 and 1.0 apart as keys (as it keeps 0.0 and -0.0
# apart); this program does not mix them.
import asyncio
from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def __add__(self, o: "Point") -> "Point":
        return Point(self.x + o.x, self.y + o.y)


class Cell(NamedTuple):
    row: float
    col: float
    label: str = ""


async def main() -> None:
    seen = {Point(0, 0), Point(1, 2), Point(1, 2), Point(0.5, 0.25)}
    await asyncio.sleep(0)
    print(len(seen), Point(1, 2) in seen, Point(3, 4) in seen, Point(0.5, 0.25) in seen)
    walk = [Point(0, 0)]
    for step in [Point(1, 0), Point(0, 1), Point(-1, 0), Point(0, -1), Point(1, 0)]:
        walk.append(walk[-1] + step)
    visits: dict[Point, int] = {}
    for p in walk:
        visits[p] = visits.get(p, 0) + 1
    print(walk[-1], visits)
    cells = {Cell(1, 2): "a", Cell(1, 2, "x"): "b", Cell(1.5, 2): "c"}
    print(cells[Cell(1, 2)], len(cells), Cell(1.5, 2) in cells, sorted(c.label for c in cells))


asyncio.run(main())
