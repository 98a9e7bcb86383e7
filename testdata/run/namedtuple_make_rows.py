# Rows of a CSV-like text parsed with Row._make(line.split(",")): one
# element per field, else CPython's TypeError ("Expected 3 arguments, got
# 2"); _make takes any iterable (a tuple, a generator).
import asyncio
from typing import NamedTuple


class Row(NamedTuple):
    name: str
    city: str
    qty: str


class Point(NamedTuple):
    x: float
    y: float


DATA = """ann,Oslo,3
bob,Rome,12
broken,line
cy,Lima,7,extra"""


async def main() -> None:
    rows: list[Row] = []
    for n, line in enumerate(DATA.splitlines(), 1):
        try:
            rows.append(Row._make(line.split(",")))
        except TypeError as e:
            print(f"line {n}: {e}")
    await asyncio.sleep(0)
    print(rows)
    print(sum(int(r.qty) for r in rows), [r.city for r in rows], rows[0]._asdict())
    pts = [Point._make(t) for t in [(1.0, 2.0), (3.5, -1.0)]]
    print(pts, Point._make(float(v) / 4 for v in range(2)), Point._make(iter([0.5, 0.25])) == Point(0.5, 0.25))


asyncio.run(main())
