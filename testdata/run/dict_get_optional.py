"""d.get(k) on a dict with Optional values is None for a stored None and for a missing key."""
import asyncio
from typing import Optional


def first(xs: list[Optional[int]]) -> Optional[int]:
    return next(iter(xs), None)


async def maybe(v: Optional[int]) -> Optional[int]:
    await asyncio.sleep(0)
    return v


async def main() -> None:
    d: dict[str, Optional[int]] = {"a": None, "b": 2}
    for k in ["a", "b", "c"]:
        v = d.get(k)
        print(k, v, v is None, d.get(k, 5), d.get(k) is None)
    print(first([None, 1]), first([]), first([None]) is None)
    xs: list[Optional[int]] = [None, 3]
    print(max(xs, key=lambda x: -1 if x is None else x))
    o: Optional[Optional[int]] = None
    print(o)
    r = await maybe(None)
    print(r is None)
    q: asyncio.Queue[Optional[int]] = asyncio.Queue()
    q.put_nowait(None)
    print(await q.get() is None)
    dd: dict[int, Optional[str]] = {1: None}
    print(dd.pop(1, "x") is None, dd.setdefault(2, None) is None, dd)


asyncio.run(main())
