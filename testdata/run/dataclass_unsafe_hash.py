"""@dataclass(unsafe_hash=True): mutable records keyed in dicts and sets by their fields."""
import asyncio
from dataclasses import dataclass, field


@dataclass(unsafe_hash=True)
class Endpoint:
    host: str
    port: int
    failures: int = field(default=0, compare=False)
    tags: list[str] = field(default_factory=list, compare=False, hash=False)


@dataclass(unsafe_hash=True)
class Cell:
    row: int
    col: int
    label: str = field(default="", hash=False)


@dataclass(unsafe_hash=True)
class Version:
    major: int
    minor: int = field(compare=False, hash=True)


@dataclass(frozen=True, unsafe_hash=True)
class Point:
    x: int
    y: int


@dataclass(unsafe_hash=True)
class Base:
    name: str


@dataclass(unsafe_hash=True)
class Derived(Base):
    level: int = 1


async def probe(ep: Endpoint, down: set[Endpoint]) -> bool:
    await asyncio.sleep(0)
    if ep in down:
        ep.failures += 1
        return False
    return True


async def main() -> None:
    eps = [Endpoint("db", 5432), Endpoint("cache", 6379), Endpoint("db", 5432, tags=["dup"])]
    print(eps[0] == eps[2], eps[0] is eps[2], hash(eps[0]) == hash(eps[2]))
    unique = set(eps)
    print(len(unique), sorted(f"{e.host}:{e.port}" for e in unique))
    down = {Endpoint("db", 5432)}
    results = await asyncio.gather(*(probe(e, down) for e in eps))
    print(results, [e.failures for e in eps])
    stats: dict[Endpoint, int] = {}
    for e in eps:
        stats[e] = stats.get(e, 0) + 1
    print(stats)
    cells = {Cell(0, 0, "a"): 1, Cell(0, 1): 2}
    cells[Cell(0, 0, "renamed")] = 3
    print(cells)
    print(hash(Cell(2, 3)) == hash((2, 3)), hash(Version(1, 2)) == hash((1, 2)))
    print(Version(1, 2) == Version(1, 3), {Version(1, 2), Version(1, 3)} == {Version(1, 2)})
    pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
    print(len(pts), Point(1, 2) in pts)
    print(hash(Derived("x", 2)) == hash(("x", 2)), {Derived("x"): "d"}[Derived("x", 1)])
    key = Endpoint("api", 80)
    table = {key: "up"}
    key.port = 8080
    print(Endpoint("api", 8080) in table, Endpoint("api", 80) in table, len(table))


asyncio.run(main())
