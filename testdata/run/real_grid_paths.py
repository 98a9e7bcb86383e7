# Grid path finding: BFS shortest paths for several robots solved concurrently, with walls parsed from a map and a shared result board.
import asyncio
from dataclasses import dataclass
from typing import Optional

MAP = """\
S..#....
.#.#.##.
.#...#..
.####.#.
......#G
"""

Point = tuple[int, int]


@dataclass
class Grid:
    cells: list[str]

    @property
    def size(self) -> Point:
        return len(self.cells), len(self.cells[0])

    def find(self, ch: str) -> Optional[Point]:
        for r, row in enumerate(self.cells):
            c = row.find(ch)
            if c >= 0:
                return r, c
        return None

    def open(self, p: Point) -> bool:
        r, c = p
        h, w = self.size
        return 0 <= r < h and 0 <= c < w and self.cells[r][c] != "#"

    def neighbors(self, p: Point) -> list[Point]:
        r, c = p
        cand = [(r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)]
        return [q for q in cand if self.open(q)]


async def bfs(grid: Grid, start: Point, goal: Point) -> Optional[list[Point]]:
    prev: dict[Point, Optional[Point]] = {start: None}
    q: list[Point] = [start]
    head = 0
    steps = 0
    while head < len(q):
        cur = q[head]
        head += 1
        steps += 1
        if steps % 8 == 0:
            await asyncio.sleep(0)
        if cur == goal:
            path: list[Point] = []
            node: Optional[Point] = cur
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for n in grid.neighbors(cur):
            if n not in prev:
                prev[n] = cur
                q.append(n)
    return None


def draw(grid: Grid, path: list[Point]) -> list[str]:
    on = set(path[1:-1])
    return ["".join("*" if (r, c) in on else ch for c, ch in enumerate(row)) for r, row in enumerate(grid.cells)]


async def main() -> None:
    grid = Grid(MAP.splitlines())
    start, goal = grid.find("S"), grid.find("G")
    assert start is not None and goal is not None
    starts: dict[str, Point] = {"s": start, "mid": (2, 2), "walled": (4, 0), "corner": (0, 7)}
    results = await asyncio.gather(*(bfs(grid, p, goal) for p in starts.values()))
    for name, path in zip(starts, results):
        if path is None:
            print(f"{name}: unreachable")
        else:
            print(f"{name}: {len(path) - 1} steps via {path[len(path) // 2]}")
    best = min((p for p in results if p), key=len)
    print("\n".join(draw(grid, best)))
    print("size:", grid.size, "open cells:", sum(row.count(".") for row in grid.cells))


asyncio.run(main())
