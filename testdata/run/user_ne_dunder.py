# != calls a user class's __ne__ (it negated __eq__ instead, so the
# method's own answer and side effects were lost); where the right
# operand's class is a proper subclass overriding __ne__, its method runs
# first, as CPython's do_richcompare. A class without __ne__ negates its
# __eq__; containers compare elements with == only.
import asyncio


class Version:
    def __init__(self, s: str) -> None:
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Version) and self.parts == other.parts

    def __ne__(self, other: object) -> bool:
        print("  Version.__ne__", self, other)
        return not self == other

    def __hash__(self) -> int:
        return hash(self.parts)

    def __repr__(self) -> str:
        return ".".join(map(str, self.parts))


class Loose(Version):
    def __ne__(self, other: object) -> bool:
        print("  Loose.__ne__", self, other)
        return isinstance(other, Version) and self.parts[:1] != other.parts[:1]


class Plain:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: object) -> bool:
        print("  Plain.__eq__")
        return isinstance(other, Plain) and self.v == other.v


async def differs(a: Version, b: Version) -> bool:
    await asyncio.sleep(0)
    return a != b


async def main() -> None:
    print(Version("1.2") != Version("1.2.0"))
    print(Version("1.2") != Loose("1.3"))
    print(Loose("1.3") != Version("1.2"))
    print(Loose("2.0") != Loose("3.0"))
    print(await differs(Version("1.0"), Loose("1.5")), await differs(Loose("1.5"), Version("2.5")))
    print(Plain(1) != Plain(1), Plain(1) != Plain(2))
    print([Version("1")] != [Version("1")], {Version("1"): 1} != {Version("2"): 1})


asyncio.run(main())
