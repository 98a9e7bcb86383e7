# A local first bound to None inside a tuple assignment (price, leader =
# start, None) takes its type from a later assignment, as `leader = None`
# alone does (mypy's partial None types). Also declared Optionals given
# None, None together (the Go build failed: an unused temporary).
import asyncio
from typing import Optional


def english_auction(bids: dict[str, int], start: int, step: int) -> str:
    price, leader = start, None
    active = sorted(bids)
    while len(active) > 1 or (active and leader is None):
        for name in list(active):
            if name == leader:
                continue
            if bids[name] >= price + step:
                price += step
                leader = name
            else:
                active.remove(name)
    if leader is None:
        return "no sale"
    return f"{leader} at {price}"


def extremes(xs: list[float]) -> tuple[float | None, float | None]:
    lo, hi = None, None
    for x in xs:
        if lo is None or x < lo:
            lo = x
        if hi is None or x > hi:
            hi = x
    return lo, hi


def longest(words: list[str]) -> str:
    best_len, best = 0, None
    for w in words:
        if len(w) > best_len:
            best_len, best = len(w), w
    return best.upper() if best is not None else "-"


async def main() -> None:
    print(english_auction({"ann": 300, "ben": 260, "cat": 310}, 100, 15))
    print(english_auction({"ann": 50}, 100, 15), english_auction({"solo": 200}, 100, 15))
    print(extremes([2.5, -1.0, 7.25]), extremes([]))
    first: Optional[int]
    last: Optional[str]
    first, last = None, None
    print(first, last)
    print(longest(["a", "ccc", "bb"]), longest([]))
    await asyncio.sleep(0)


asyncio.run(main())
