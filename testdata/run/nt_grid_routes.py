"""Route planning on a grid with NamedTuple cells as dict keys and frozen
dataclass edges in sets; async workers explore regions concurrently."""
import asyncio
from dataclasses import dataclass
from typing import NamedTuple


class Cell(NamedTuple):
    row: int
    col: int

    def neighbors(self) -> list["Cell"]:
        r, c = self
        return [Cell(r - 1, c), Cell(r + 1, c), Cell(r, c - 1), Cell(r, c + 1)]


@dataclass(frozen=True)
class Edge:
    a: Cell
    b: Cell


class Visit(NamedTuple):
    cell: Cell
    dist: int
    via: Cell | None = None


GRID = [
    "S..#....",
    ".#.#.##.",
    ".#...#..",
    ".####.#.",
    "......#E",
]


def parse() -> tuple[set[Cell], Cell, Cell]:
    open_cells: set[Cell] = set()
    start = end = Cell(0, 0)
    for r, line in enumerate(GRID):
        for c, ch in enumerate(line):
            if ch == "#":
                continue
            cell = Cell(r, c)
            open_cells.add(cell)
            if ch == "S":
                start = cell
            elif ch == "E":
                end = cell
    return open_cells, start, end


async def explore(name: str, cells: set[Cell], start: Cell, limit: int) -> dict[Cell, Visit]:
    best: dict[Cell, Visit] = {start: Visit(start, 0)}
    frontier = [start]
    while frontier:
        nxt: list[Cell] = []
        for cell in frontier:
            here = best[cell]
            for n in cell.neighbors():
                if n in cells and n not in best and here.dist < limit:
                    best[n] = Visit(n, here.dist + 1, cell)
                    nxt.append(n)
        frontier = nxt
        await asyncio.sleep(0)
    print(f"{name}: reached {len(best)} cells")
    return best


def path(best: dict[Cell, Visit], end: Cell) -> list[Cell]:
    out: list[Cell] = []
    cur: Cell | None = end
    while cur is not None:
        out.append(cur)
        cur = best[cur].via
    out.reverse()
    return out


async def main() -> None:
    cells, start, end = parse()
    print(len(cells), start, end, start[0], end[-1], len(end))
    near, far = await asyncio.gather(
        explore("near", cells, start, 4),
        explore("far", cells, start, 100),
    )
    print(end in near, end in far)
    route = path(far, end)
    print(len(route) - 1, route[:3], route[-1])
    edges = {Edge(a, b) for a, b in zip(route, route[1:])}
    print(Edge(Cell(0, 0), Cell(1, 0)) in edges, Edge(Cell(1, 0), Cell(0, 0)) in edges, len(edges))
    last = far[end]
    print(last, last._replace(dist=0), last._asdict())
    for row, col in sorted(far)[:4]:
        print(row, col, far[Cell(row, col)].dist)
    turns = 0
    for p0, p1, p2 in zip(route, route[1:], route[2:]):
        if (p1.row - p0.row, p1.col - p0.col) != (p2.row - p1.row, p2.col - p1.col):
            turns += 1
    print("turns:", turns, Cell(1, 2) < Cell(1, 3), max(route))


asyncio.run(main())
