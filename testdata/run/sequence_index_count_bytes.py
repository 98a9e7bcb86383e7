import asyncio
from typing import AbstractSet, Iterable, Sequence


def locate(xs: Sequence[str], x: str) -> str:
    try:
        return f"{x!r} at {xs.index(x)}, {xs.count(x)} times"
    except ValueError as e:
        return f"{x!r}: ValueError: {e}"


def position(xs: Sequence[int], x: int) -> str:
    try:
        return f"{x} at {xs.index(x)} of {type(xs).__name__}"
    except ValueError as e:
        return f"{x}: ValueError: {e}"


def checksum(data: Sequence[int]) -> int:
    total = 0
    for i, b in enumerate(data):
        total = (total * 31 + b * (i + 1)) % 65521
    return total


def header(data: Sequence[int]) -> str:
    return f"len={len(data)} first={data[0]} last={data[-1]} head={data[:2]!r} has0={0 in data}"


def clash(taken: AbstractSet[str], wanted: Iterable[str]) -> bool:
    return not taken.isdisjoint(wanted)


async def main() -> None:
    words = ["to", "be", "or", "not", "to", "be"]
    print(locate(words, "be"), "|", locate(words, "is"))
    print(locate(("x", "y"), "y"), "|", locate(("x", "y"), "z"))
    print(locate("banana", "an"), "|", locate("banana", "nab"))
    print(position([3, 1, 4, 1, 5], 1), "|", position([3, 1], 9))
    print(position((2, 7), 7), "|", position((2, 7), 8))
    print(position(range(10, 20, 2), 16), "|", position(range(3), 5))
    print(position(b"\x01\x02\x03", 3), "|", position(b"ab", 1))
    payload = b"hello, world"
    print(checksum(payload), checksum(list(payload)), checksum(bytearray(payload)))
    print(header(payload), "|", header([7, 0, 9]))
    await asyncio.sleep(0)
    taken = {"alice", "bob"}
    print(clash(taken, ["carol", "bob"]), clash(frozenset({"x"}), ("y", "z")), clash(taken, set()))


asyncio.run(main())
