# A NamedTuple is a tuple: `in`, index() and count() read its fields, and
# it compares, slices, concatenates and spreads as the tuple of its fields.
import asyncio
from typing import NamedTuple


class Version(NamedTuple):
    major: int
    minor: int
    patch: int = 0


class Move(NamedTuple):
    piece: str
    src: str
    dst: str


class Rec(NamedTuple):
    name: str
    size: int


def supported(v: Version, wanted: tuple[int, int]) -> bool:
    return v[:2] >= wanted


async def main() -> None:
    versions = [Version(3, 11), Version(3, 8, 2), Version(2, 7, 18)]
    for v in versions:
        print(v, supported(v, (3, 9)), 0 in v, v.count(3), v.index(v.minor))
    m = Move("knight", "g1", "f3")
    print("g1" in m, "e4" not in m, m.index("f3"), m.count("pawn"))
    try:
        m.index("e4")
    except ValueError as e:
        print("ValueError:", e)
    print(m == ("knight", "g1", "f3"), m[1:], m + ("+",), (*m, "#"))
    print(sorted(versions)[0], max(versions) > (3, 10))
    r = Rec("log", 3)
    for field in r:
        print(repr(field))
    print([*r, 2.5], {*m}  == set(m), "log" in r, r.count(3))
    for text in ["3.12.1", "3.13", "4", "1.2.3.4"]:
        try:
            print(Version(*[int(p) for p in text.split(".")]))
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
