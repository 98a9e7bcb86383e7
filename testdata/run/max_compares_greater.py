"""max() compares item > best (CPython's min_max): a class's __gt__ runs,
and a TypeError names '>' with the new item's type first; min() uses <."""
import asyncio
from dataclasses import dataclass

CALLS: list[str] = []


@dataclass
class Bid:
    bidder: str
    amount: int

    def __lt__(self, other: "Bid") -> bool:
        CALLS.append(f"{self.bidder}<{other.bidder}")
        return self.amount < other.amount

    def __gt__(self, other: "Bid") -> bool:
        CALLS.append(f"{self.bidder}>{other.bidder}")
        return self.amount > other.amount


@dataclass
class Lot:
    name: str
    weight: float

    def __lt__(self, other: "Lot") -> bool:
        CALLS.append(f"{self.name}<{other.name}")
        return self.weight < other.weight


async def main() -> None:
    bids = [Bid("ann", 10), Bid("bob", 25), Bid("cy", 25), Bid("dee", 5)]
    print(max(bids).bidder, CALLS)
    CALLS.clear()
    print(min(bids).bidder, CALLS)
    CALLS.clear()
    print(max(bids, key=lambda b: b.amount).bidder, max(bids[0], bids[3]).bidder, CALLS)
    CALLS.clear()
    lots = [Lot("a", 2.5), Lot("b", 7.0), Lot("c", 1.0)]
    print(max(lots).name, CALLS)
    CALLS.clear()
    print(max([], default=Lot("none", 0)).name, max(lots, default=None), CALLS)
    mixed: list[int | str] = [3, "a", 1]
    for pick in ("max", "min"):
        try:
            print(max(mixed) if pick == "max" else min(mixed))
        except TypeError as e:
            print(pick, e)
    print(max("hello"), max([2.5, 1, 7]), max((1, "b"), (1, "c")), max([[1, 2], [1, 3]], key=len))


asyncio.run(main())
