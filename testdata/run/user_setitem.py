# A class defining __setitem__/__delitem__ is an assignment and del target:
# obj[k] = v, obj[k] += v (__getitem__ then __setitem__, the key evaluated
# once, also with an await in the value) and del obj[k].
import asyncio


class Counters:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.writes = 0

    def __getitem__(self, key: str) -> int:
        return self.counts.get(key, 0)

    def __setitem__(self, key: str, value: int) -> None:
        self.writes += 1
        if value == 0:
            self.counts.pop(key, None)
        else:
            self.counts[key] = value

    def __delitem__(self, key: str) -> None:
        if key not in self.counts:
            raise KeyError(key)
        del self.counts[key]

    def __contains__(self, key: str) -> bool:
        return key in self.counts

    def __len__(self) -> int:
        return len(self.counts)


class Grid:
    def __init__(self, w: int, h: int) -> None:
        self.cells = [[0.0] * w for _ in range(h)]

    def __getitem__(self, pos: tuple[int, int]) -> float:
        x, y = pos
        return self.cells[y][x]

    def __setitem__(self, pos: tuple[int, int], v: float) -> None:
        x, y = pos
        self.cells[y][x] = v


async def cost(n: int) -> int:
    await asyncio.sleep(0)
    return n * 2


def key_of(name: str, log: list[str]) -> str:
    log.append(name)
    return name


async def main() -> None:
    c = Counters()
    c["get"] += 1
    c["get"] += 1
    c["put"] = 5
    c["put"] -= await cost(1)
    log: list[str] = []
    c[key_of("del", log)] += 3
    print(c.counts, c.writes, len(c), "put" in c, log)
    c["get"] = 0
    del c["put"]
    try:
        del c["nope"]
    except KeyError as e:
        print("KeyError", e)
    print(c.counts, c.writes, c["missing"])
    g = Grid(3, 2)
    g[1, 0] = 2.5
    g[2, 1] += 1
    g[2, 1] *= 4
    print(g.cells, g[1, 0] + g[2, 1])


asyncio.run(main())
