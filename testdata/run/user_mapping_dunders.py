# A user mapping class with __getitem__, __setitem__, __delitem__,
# __contains__ (taking object, as typeshed's containers do), __len__ and
# __iter__: a bounded LRU cache and a sparse grid, used with item syntax,
# augmented item assignment and del.
import asyncio
from collections.abc import Iterator


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: dict[str, int] = {}
        self.evicted: list[str] = []

    def __getitem__(self, key: str) -> int:
        value = self.data.pop(key)
        self.data[key] = value
        return value

    def __setitem__(self, key: str, value: int) -> None:
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evicted.append(oldest)
        self.data[key] = value

    def __delitem__(self, key: str) -> None:
        del self.data[key]

    def __contains__(self, key: object) -> bool:
        return key in self.data

    def __len__(self) -> int:
        return len(self.data)

    def __iter__(self) -> Iterator[str]:
        return iter(self.data)


class Grid:
    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], float] = {}

    def __getitem__(self, pos: tuple[int, int]) -> float:
        return self.cells.get(pos, 0.0)

    def __setitem__(self, pos: tuple[int, int], value: float) -> None:
        if value == 0:
            self.cells.pop(pos, None)
        else:
            self.cells[pos] = value


async def fetch(cache: LRUCache, key: str) -> int:
    if key in cache:
        return cache[key]
    await asyncio.sleep(0.001)
    cache[key] = len(key) * 10
    return cache[key]


async def main() -> None:
    cache = LRUCache(3)
    for key in ["alpha", "beta", "alpha", "gamma", "delta", "beta", "alpha"]:
        print(key, await fetch(cache, key), list(cache))
    cache["alpha"] += 1
    cache["beta"] *= 2
    print(cache.data, cache.evicted, len(cache))
    del cache["alpha"]
    print("alpha" in cache, 42 in cache, None in cache, sorted(cache))
    try:
        del cache["zeta"]
    except KeyError as e:
        print("KeyError", e)
    grid = Grid()
    grid[0, 0] = 1.5
    grid[2, 3] += 4
    grid[0, 0] -= 1.5
    print(grid.cells, grid[2, 3], grid[9, 9])
    ids: set[int] = {1, 2, 3}
    probes: list[object] = [2, 2.0, True, "2", None, 2.5]
    print([p in ids for p in probes])


asyncio.run(main())
