# Slices whose bounds are `int | None` (None means "from the start" / "to the
# end", as in CPython's slice objects): a replay helper with an optional limit.
import asyncio
from typing import Optional

EVENTS = ["open", "deposit", "withdraw", "deposit", "close"]


def replay(events: list[str], upto: Optional[int] = None, start: int | None = None) -> list[str]:
    return events[start:upto]


def window(text: str, lo: Optional[int], hi: Optional[int], step: Optional[int] = None) -> str:
    return text[lo:hi:step]


async def main() -> None:
    print(replay(EVENTS), replay(EVENTS, 2), replay(EVENTS, None, 3), replay(EVENTS, -1, 1))
    limit: int | None = None
    for n in (None, 3):
        limit = n
        print(f"upto {limit}: {EVENTS[:limit]}")
    print(window("abcdefgh", None, None, -1), window("abcdefgh", 2, None, 2), window("abcdefgh", None, 3))
    data = bytes(range(10))
    cut: int | None = 4
    print(list(data[:cut]), list(data[cut:]), (1, 2, 3, 4)[None:cut])
    xs = list(range(8))
    stop: int | None = None
    del xs[5:stop]
    xs[:None] = xs[::-1]
    print(xs)
    if cut is not None:
        print(EVENTS[cut:], EVENTS[: cut - 2])
    await asyncio.sleep(0)


asyncio.run(main())
