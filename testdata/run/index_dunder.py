# A class defining __index__ stands where CPython takes an integer index
# (was refused: "list indices must be int, not Level"): list, tuple, str,
# bytes and range indexes, slice bounds, stores and del, bin/hex/oct and
# range() arguments call it.
import asyncio


class Level:
    NAMES = ["debug", "info", "warn", "error"]

    def __init__(self, n: int) -> None:
        self.n = n

    def __index__(self) -> int:
        print(f"  (index {self.n})")
        return self.n

    def __repr__(self) -> str:
        return f"Level({self.NAMES[self]})"


def bump() -> int:
    print("  (bump)")
    return 1


async def main() -> None:
    warn, info = Level(2), Level(1)
    counts = [0, 0, 0, 0]
    counts[warn] += 3
    counts[info] = 7
    print(counts, counts[warn], ("a", "b", "c")[info], "xyz"[warn], b"pq"[info])
    print(range(10, 20)[warn], list(range(warn)), list(range(info, 10, Level(3))))
    print(Level.NAMES[Level(-1)])
    print(bin(warn), hex(Level(255)), oct(Level(8)), repr(warn))
    counts[Level(0)] += bump()
    del counts[info]
    print(counts)
    await asyncio.sleep(0)
    try:
        print(counts[Level(9)])
    except IndexError as e:
        print("IndexError:", e)


asyncio.run(main())
