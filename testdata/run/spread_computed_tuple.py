# Calls spreading a fixed-length tuple that an expression computes
# (f(*divmod(a, b)), weekday(*d.shift(k))): the expression is evaluated once.
import asyncio
from typing import NamedTuple


class Date(NamedTuple):
    y: int
    m: int
    d: int

    def shift(self, k: int) -> "Date":
        return Date(self.y, self.m, self.d + k)


calls: list[str] = []


def weekday(y: int, m: int, d: int) -> int:
    return (y + m + d) % 7


def parse(s: str) -> tuple[int, int, int]:
    calls.append(s)
    a, b, c = s.split("-")
    return int(a), int(b), int(c)


def show(label: str, h: int, m: int) -> None:
    print(f"{label}: {h:02d}:{m:02d}")


class Point:
    def __init__(self, x: int, y: int, z: int = 0) -> None:
        self.x, self.y, self.z = x, y, z

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y}, {self.z})"


class Clock:
    def __init__(self) -> None:
        self.log: list[str] = []

    def set(self, h: int, m: int) -> str:
        self.log.append(f"{h}:{m}")
        return f"set {h:02d}:{m:02d}"


async def wait_then(label: str, a: int, b: int) -> str:
    await asyncio.sleep(0)
    return f"{label} {a + b}"


async def main() -> None:
    d = Date(2024, 3, 1)
    print([weekday(*d.shift(k)) for k in range(3)])
    print(weekday(*parse("2024-01-02")), calls)
    show("dur", *divmod(135, 60))
    print(Point(*divmod(17, 5)), Point(*parse("1-2-3")), len(calls))
    q, r = divmod(20, 3)
    print(max(q, r), range(q, r), "{}-{}".format(*divmod(9, 4)))
    clock = Clock()
    print(clock.set(*divmod(125, 60)), clock.set(*parse("1-2-3")[1:]), clock.log, len(calls))
    print(await wait_then("sum", *divmod(11, 4)), await wait_then(*("x", 1), 2))


asyncio.run(main())
