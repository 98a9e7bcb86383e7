# Dict keys and set elements of classes that do not hash by identity are
# refused, except a class defining __hash__ and __eq__ (Q) keying by itself.
import asyncio
from dataclasses import dataclass


@dataclass
class P:
    x: int


class Q:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Q) and other.x == self.x

    def __hash__(self) -> int:
        return self.x


class R:
    def __init__(self, x: int) -> None:
        self.x = x


class EqOnly:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: object) -> bool:
        return isinstance(other, EqOnly) and other.x == self.x

    def __lt__(self, other: "EqOnly") -> bool:
        if not isinstance(other, EqOnly):
            return NotImplemented
        return self.x < other.x


async def main() -> None:
    r = R(1)
    d2 = {r: 1}
    print(d2[r], R(1) in d2)
    d1 = {Q(1): "q"}
    print(Q(1) in d1)
    d = {P(1): 1}
    print(len(d))
    seen: dict[tuple[str, ...], int] = {}
    seen[tuple("ab")] = 1
    pairs = {(tuple([1]), 2) for _ in range(2)}
    print(seen, pairs)
    qpairs = {(Q(1), 2): "pair"}
    print(len(qpairs))
    eqs = {EqOnly(1)}
    print(len(eqs))
    mixed = {(1, tuple([1, 2.5]))}
    print(mixed)


asyncio.run(main())
