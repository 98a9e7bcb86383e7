# A NamedTuple is a tuple: compared with plain tuples, found in lists, sets
# and dicts keyed by tuples, concatenated, repeated, sliced, indexed at run
# time, spread into calls (f(*p)); it hashes as the tuple of its fields (and
# so do frozen dataclasses), so sets of them iterate in CPython's order.
import asyncio
from dataclasses import dataclass
from typing import NamedTuple


class Cell(NamedTuple):
    row: int
    col: int


class Reading(NamedTuple):
    start: float
    end: float
    label: str


@dataclass(frozen=True)
class Key:
    shard: int
    slot: int


WALLS = [(0, 1), (1, 1), (2, 3)]
COSTS = {(0, 0): 1, (1, 2): 5}


def manhattan(row: int, col: int) -> int:
    return abs(row) + abs(col)


def neighbours(c: Cell) -> list[Cell]:
    out = []
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        n = Cell(c.row + dr, c.col + dc)
        if n not in WALLS and n >= (0, 0):
            out.append(n)
    return out


async def main() -> None:
    start = Cell(1, 2)
    print(start == (1, 2), (1, 2) == start, start != (2, 1))
    print(start < (1, 3), (0, 9) < start, start >= (1, 2))
    print([n for n in neighbours(start)])
    print(start in COSTS, Cell(0, 0) in COSTS, Cell(5, 5) not in {(5, 5)})
    print((0, 0) in [Cell(0, 0)], start in ((1, 2), (3, 4)))
    path = (0,) + start + start
    print(path, start * 2, len(path))
    r = Reading(0.5, 1.5, "warm")
    print(r[1:], r[:2], r[::-1])
    for i in range(len(r)):
        print(i, r[i])
    print(sorted([Cell(2, 1), Cell(1, 9)]) == [(1, 9), (2, 1)])
    visited = {Cell(3, 4), Cell(1, 2), Cell(-1, 7), Cell(100, 2)}
    print(visited, Cell(1, 2) in visited, (1, 2) in visited, (2, 1) in visited)
    labels = {Reading(1.0, 2.5, "a"): "first"}
    print((1, 2.5, "a") in labels, (1, 2, "b") in labels)
    print(hash(start) == hash((1, 2)), hash(Key(1, 2)) == hash((1, 2)))
    keys = {Key(3, 4), Key(1, 2), Key(-1, 7), Key(100, 2)}
    print(sorted(k.slot for k in keys), [k.shard for k in keys])
    print(max(start), sum(start), list(start), tuple(r))
    print(manhattan(*start), [manhattan(*n) for n in neighbours(Cell(0, 0))])
    await asyncio.sleep(0)


asyncio.run(main())
