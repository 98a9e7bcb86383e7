# aiogo: extensions
# Enum members in f-string fields, str.format and format() with a spec:
# CPython 3.11 formats an IntEnum member as its int value (its str where the
# spec is empty) and another enum's member as its str.
import asyncio
from enum import Enum, IntEnum, auto


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    ERROR = 40


class Status(Enum):
    UP = "up"
    DOWN = "down"


class Phase(Enum):
    INIT = auto()
    RUN = auto()

    def __str__(self) -> str:
        return self.name.lower()


class Code(IntEnum):
    OK = 200
    MISSING = 404

    def __str__(self) -> str:
        return f"HTTP {self.value}"


class Unit(Enum):
    KB = 1024

    def __format__(self, spec: str) -> str:
        return f"<{self.name}:{spec}>"


async def probe(name: str, lvl: Level, st: Status) -> str:
    await asyncio.sleep(0)
    return f"{name:<6}|{lvl:>4}|{lvl:04d}|{lvl:x}|{st:^12}|{st}"


async def main() -> None:
    rows = await asyncio.gather(probe("db", Level.ERROR, Status.DOWN), probe("web", Level.INFO, Status.UP))
    for r in rows:
        print(r)
    print("{:>8}|{:<8}|{}".format(Phase.RUN, Status.UP, Level.DEBUG))
    print(format(Level.INFO, "b"), format(Status.DOWN, ">14"), format(Phase.INIT))
    print(f"[{Code.OK}] [{Code.MISSING:>6}] [{Code.OK!s:>10}] [{Code.OK!r}]")
    print(f"{Level.DEBUG:.2f} {Level.ERROR:+d} {Level.INFO:,}")
    print(f"{Unit.KB:abc}", format(Unit.KB))
    table = {lvl: lvl.name for lvl in Level}
    for lvl, n in table.items():
        print(f"{n:<5}={lvl:3}")


asyncio.run(main())
