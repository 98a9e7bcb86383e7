# A generator created with a list or tuple display among its arguments
# (reader("c", ["p", "q"])) and consumed by a call (next, any, a generator
# expression given to any) is closed right after the call, as CPython's
# reference counting closes it: its finally block runs before the next line.
import asyncio
from typing import Iterator


def reader(name: str, lines: list[str]) -> Iterator[str]:
    print(f"open {name}")
    try:
        for ln in lines:
            yield ln
    finally:
        print(f"close {name}")


def numbered(it: Iterator[str]) -> Iterator[tuple[int, str]]:
    n = 0
    for x in it:
        n += 1
        yield n, x


def pairs(name: str, items: tuple[int, ...]) -> Iterator[int]:
    try:
        yield from items
    finally:
        print(f"close {name}")


async def main() -> None:
    first = next(numbered(reader("c", ["p", "q"])))
    print("first", first)
    found = any(x == "k" for x in reader("e", ["j", "k", "l"]))
    print("found", found)
    print(next(reader("f", ["z"])), "k" in reader("g", ["k", "m"]))
    print(max(pairs("h", (3, 1, 2))), next(pairs("i", (7, 8))))
    extra = ["y"]
    print(next(reader("j", ["x"] + extra)))


asyncio.run(main())
