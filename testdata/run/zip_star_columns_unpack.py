# names, ages = zip(*pairs) over rows of mixed item types: each target is
# the tuple of one column (mypy types them tuple[Any, ...]), so the string
# column joins and the number column adds.
import asyncio
from dataclasses import dataclass


@dataclass
class Tag:
    label: str


Trade = tuple[str, str, int, float]
TRADES: list[Trade] = [
    ("2026-12-01", "AAPL", 100, 189.5),
    ("2026-12-01", "MSFT", -50, 410.25),
    ("2026-12-02", "AAPL", -30, 191.0),
]


class Columns:
    def __init__(self) -> None:
        self.names: tuple[str, ...] = ()
        self.flags: tuple[bool, ...] = ()


async def main() -> None:
    await asyncio.sleep(0)
    pairs = [("ann", 31), ("bob", 27), ("cy", 45)]
    names, ages = zip(*pairs)
    print(", ".join(names), sum(ages), max(ages), names, ages)
    dates, syms, qtys, pxs = zip(*TRADES)
    print(sorted(set(dates)), sorted(set(syms)), sum(qtys), max(pxs), f"{sum(pxs) / len(pxs):.3f}")
    cols = Columns()
    cols.names, cols.flags = zip(*[("x", True), ("y", False)])
    print(cols.names, cols.flags, [not f for f in cols.flags])
    tags, counts = zip(*((Tag(s), len(s)) for s in ["alpha", "be"]))
    print([t.label.upper() for t in tags], counts)
    single_name, single_age = zip(*pairs[:1])
    print(single_name, single_age)
    for col in zip(*pairs):
        print(len(col), col)
    empty: list[tuple[str, int]] = []
    try:
        a, b = zip(*empty)
        print(a, b)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
