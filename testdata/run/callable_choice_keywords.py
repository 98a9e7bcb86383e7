import asyncio
from dataclasses import dataclass


@dataclass
class Bid:
    who: str
    amount: int
    at: float


def winner(bids: list[Bid], highest: bool) -> Bid:
    choose = max if highest else min
    return choose(bids, key=lambda b: (b.amount, -b.at))


def label(words: list[str], longest: bool) -> str:
    pick = max if longest else min
    first = pick(words, key=str.lower)
    return first.upper()


def safe_extreme(xs: list[int], top: bool) -> int:
    pick = max if top else min
    return pick(xs, default=-1)


async def auction(bids: list[Bid]) -> None:
    await asyncio.sleep(0.01)
    for mode in (True, False):
        w = winner(bids, mode)
        print("highest" if mode else "lowest", w.who, w.amount)


async def main() -> None:
    bids = [Bid("ann", 30, 1.5), Bid("bob", 45, 0.5), Bid("cy", 45, 0.25), Bid("dee", 10, 2.0)]
    await auction(bids)
    print(label(["Kiwi", "apple", "Fig"], True), label(["Kiwi", "apple", "Fig"], False))
    print(safe_extreme([], True), safe_extreme([4, 8], True), safe_extreme([4, 8], False))


asyncio.run(main())
