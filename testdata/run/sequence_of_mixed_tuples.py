# A list of mixed tuples held in a variable is a Sequence[Sequence[object]]
# (a table renderer's rows), as mypy accepts: each tuple is a
# Sequence[object].
import asyncio
from typing import Iterable, Optional, Sequence


def render(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [[str(v) if v is not None else "" for v in r] for r in rows]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, h in enumerate(header)]
    lines = [" | ".join(f"{h:<{w}}" for h, w in zip(header, widths))]
    lines.append("-+-".join("-" * w for w in widths))
    lines.extend(" | ".join(f"{c:>{w}}" for c, w in zip(r, widths)) for r in cells)
    return "\n".join(lines)


def flatten(rows: Iterable[Iterable[object]]) -> list[str]:
    return [repr(v) for r in rows for v in r]


async def fetch() -> list[tuple[str, int, Optional[float]]]:
    await asyncio.sleep(0)
    return [("widget", 3, 2.5), ("gadget", 12, None), ("nut", 1000, 0.02)]


async def main() -> None:
    rows = await fetch()
    print(render(["item", "qty", "price"], rows))
    pairs = [(1, "one"), (2, "two")]
    print(render(("n", "name"), pairs))
    print(flatten(pairs), len(rows[0]))


asyncio.run(main())
