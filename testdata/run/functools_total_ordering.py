# aiogo: extensions
import functools
from dataclasses import dataclass
from functools import total_ordering

log: list[str] = []


@total_ordering
class Version:
    def __init__(self, text: str) -> None:
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        log.append("eq")
        return self.parts == other.parts

    def __lt__(self, other: "Version") -> bool:
        log.append("lt")
        return self.parts < other.parts

    def __repr__(self) -> str:
        return "v" + ".".join(map(str, self.parts))


@functools.total_ordering
class Weight:
    def __init__(self, kg: float) -> None:
        self.kg = kg

    def __ge__(self, other: "Weight") -> bool:
        log.append("ge")
        return self.kg >= other.kg


@total_ordering
@dataclass(frozen=True)
class Card:
    rank: int
    suit: str

    def __le__(self, other: "Card") -> bool:
        return (self.rank, self.suit) <= (other.rank, other.suit)


def main() -> None:
    a, b, c = Version("1.2"), Version("1.10"), Version("1.2")
    print(a < b, a <= c, a > b, a >= c, b > a, a != c)
    print(log)
    log.clear()
    print(sorted([b, a, Version("0.9")]), max(a, b), min([b, c]))
    log.clear()
    w1, w2 = Weight(2.5), Weight(3.0)
    print(w1 < w2, w1 <= w2, w1 > w2, w2 >= w1, w1 == Weight(2.5))
    print(log)
    cards = [Card(10, "h"), Card(2, "s"), Card(10, "d")]
    print(sorted(cards), Card(3, "x") < Card(3, "y"), Card(3, "x") >= Card(3, "x"), Card(4, "a") > Card(3, "z"))


main()
