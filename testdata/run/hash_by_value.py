# aiogo: extensions
import asyncio
from dataclasses import dataclass
from typing import NamedTuple
from enum import Enum


class Dir(Enum):
    N = (0, -1)
    E = (1, 0)


class Pos(NamedTuple):
    x: int
    y: int

    def step(self, d: Dir) -> "Pos":
        dx, dy = d.value
        return Pos(self.x + dx, self.y + dy)


@dataclass(frozen=True)
class Key:
    name: str
    weight: float
    at: Pos | None = None


async def main() -> None:
    seen: set[Pos] = set()
    p = Pos(0, 0)
    for d in [Dir.E, Dir.E, Dir.N, Dir.E]:
        p = p.step(d)
        seen.add(p)
    seen.add(Pos(1, 0))
    print(sorted(seen), Pos(2, 0) in seen, Pos(9, 9) in seen)
    dist = {Pos(0, 0): 0}
    dist[Pos(0, 0)] += 5
    print(dist)
    k = {Key("a", 0.5): 1, Key("a", 0.5, Pos(1, 1)): 2}
    k[Key("a", 0.5)] = 3
    print(k, Key("a", -0.0), Key("a", 0.0))
    counts: dict[tuple[Pos, str], int] = {}
    for _ in range(3):
        counts[(Pos(1, 2), "x")] = counts.get((Pos(1, 2), "x"), 0) + 1
    print(counts)


asyncio.run(main())
