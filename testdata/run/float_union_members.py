# Where float | str (or Union[float, str], Optional[Union[float, str]]) is
# declared, CPython stores an int unchanged: 3 prints 3 and is no float.
# The float member of such a union receiving ints is widened to int | float
# (as a plain float position is), in variables, parameters, returns,
# container elements and attributes; unions that get no int stay float.
import asyncio
from dataclasses import dataclass
from typing import Optional, Union

Cell = Union[float, str]


@dataclass
class Reading:
    sensor: str
    value: float | str
    backup: Optional[Union[float, str]] = None


def parse_cell(raw: str) -> Cell:
    raw = raw.strip()
    if raw.isdigit():
        return int(raw)
    try:
        return float(raw)
    except ValueError:
        return raw


def scale(v: float | str, k: int) -> float | str:
    if isinstance(v, str):
        return v * k
    return v * k


def describe(v: float | str | None) -> str:
    if v is None:
        return "missing"
    kind = "float" if isinstance(v, float) else "int" if isinstance(v, int) else "text"
    return f"{v!r}:{kind}"


async def collect(rows: list[str], out: list[Reading]) -> None:
    for i, row in enumerate(rows):
        await asyncio.sleep(0)
        name, _, raw = row.partition("=")
        cell = parse_cell(raw)
        out.append(Reading(name, cell, None if i % 2 else len(raw)))


async def main() -> None:
    rows = ["t1=21", "t2=21.5", "t3=n/a", "t4= 7 ", "t5=1e3"]
    readings: list[Reading] = []
    await collect(rows, readings)
    for r in readings:
        print(r, describe(r.value), describe(r.backup))
    cells: list[float | str] = [parse_cell(x) for x in ["1", "2.0", "x"]]
    cells.append(10)
    print(cells, [scale(c, 2) for c in cells])
    total: float = 0
    for c in cells:
        if not isinstance(c, str):
            total += c
    print(total)
    ratio: float | str = 0.5
    print(ratio, describe(ratio))
    by_name: dict[str, Cell] = {r.sensor: r.value for r in readings}
    by_name["t6"] = 0
    print(by_name)


asyncio.run(main())
