import asyncio
from dataclasses import dataclass
from typing import Optional


@dataclass
class Bid:
    who: str
    amount: float


async def main() -> None:
    bids = [Bid("a", 3.0), Bid("b", 7.5), Bid("c", 7.5)]
    best = max(bids, key=lambda b: b.amount, default=None)
    none = min((b for b in bids if b.amount > 100), key=lambda b: b.amount, default=None)
    print(best, none)
    print(max([3, 9, 2], default="empty"), min((x for x in [4, 1]), default=None))
    label = min(["pear", "fig"], default=None, key=lambda s: len(s))
    print(label, max([1.5, 2.5], default=0.0))


asyncio.run(main())
