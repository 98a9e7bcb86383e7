# aiogo: extensions
# A format spec on an Enum member formats str(member) (Color.RED padded
# to a column); an IntEnum member formats and %-formats as its int value,
# as CPython 3.11's Enum.__format__ does.
from enum import Enum, IntEnum


class Status(Enum):
    ACTIVE = 1
    PAUSED = 2


class Priority(IntEnum):
    LOW = 1
    HIGH = 10


class Shade(Enum):
    DARK = 1

    def __str__(self) -> str:
        return self.name.lower()


def table(rows: list[tuple[str, Status, Priority]]) -> None:
    for name, st, pr in rows:
        print(f"{name:<6}|{st:>15}|{pr:>4}|{pr:#x}|{st!s:^17}|")
        print("%-6s %3d %5.1f %s" % (name, pr, pr, st))


def main() -> None:
    table([("db", Status.ACTIVE, Priority.HIGH), ("cache", Status.PAUSED, Priority.LOW)])
    print(format(Priority.HIGH, "05d"), format(Status.PAUSED, ""), f"{Shade.DARK:*^8}")


main()
