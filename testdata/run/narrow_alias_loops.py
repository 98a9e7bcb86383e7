# Type aliases at module level, narrowing across loop back-edges, break states and for-else.
import asyncio
from typing import Awaitable, Callable, Optional, TypeAlias

Handler = Callable[[int], Awaitable[Optional[str]]]
Table = dict[str, list[int]]
Key: TypeAlias = "str | int"
MaybeRow = Optional[tuple[str, int]]


async def lookup(i: int) -> Optional[str]:
    await asyncio.sleep(0)
    return None if i % 3 == 0 else f"v{i}"


async def first_hit(h: Handler, start: int) -> tuple[int, str]:
    i = start
    while True:
        r = await h(i)
        if r is not None:
            break
        i += 1
    return i, r.upper()


def group(rows: list[MaybeRow]) -> Table:
    out: Table = {}
    for row in rows:
        if row is None:
            continue
        name, n = row
        out.setdefault(name, []).append(n)
    return out


def find(keys: list[Key], want: str) -> Optional[int]:
    found: Optional[int] = None
    for i, k in enumerate(keys):
        if isinstance(k, str) and k == want:
            found = i
            break
    else:
        print("not found:", want)
    return found


async def main() -> None:
    print(await first_hit(lookup, 3), await first_hit(lookup, 1))
    print(group([("a", 1), None, ("b", 2), ("a", 3)]))
    keys: list[Key] = [1, "x", 2, "y"]
    print(find(keys, "y"), find(keys, "z"))
    best: Optional[int] = None
    for v in [5, 3, 8, 1]:
        if best is None or v < best:
            best = v
    print(best)
    pending: Optional[list[int]] = [3, 2, 1]
    steps = 0
    while pending:
        pending.pop()
        steps += 1
        if not pending:
            pending = None
    print(steps, pending)


asyncio.run(main())
