"""Sensor readings with a missing value stored as NaN: an order=True
dataclass compares as the tuple of its fields (the first unequal pair
decides, and a NaN pair makes every order comparison false), an object
equals itself even with a NaN field, and a NaN item is found in its own list."""
import asyncio
from dataclasses import dataclass


@dataclass(order=True)
class Reading:
    value: float
    sensor: str


async def collect() -> list[Reading]:
    raw = [("t1", "21.5"), ("t2", "n/a"), ("t3", "19.0"), ("t4", "21.5")]
    out: list[Reading] = []
    for name, text in raw:
        await asyncio.sleep(0)
        try:
            v = float(text)
        except ValueError:
            v = float("nan")
        out.append(Reading(v, name))
    return out


async def main() -> None:
    readings = await collect()
    missing = readings[1]
    base = readings[0]
    print("missing:", missing)
    print("equal to itself:", missing == missing, missing != missing, [missing] == [missing])
    print("order vs base:", missing < base, missing <= base, missing > base, missing >= base)
    print("base vs twin:", base < readings[3], base <= readings[3], base == readings[3])
    values = [r.value for r in readings]
    print("values:", values, values == values, values == list(values))
    print("nan found:", missing.value in values, values.count(missing.value), values.index(missing.value))
    pairs = [(r.value, r.sensor) for r in readings]
    print("pair order:", pairs[1] < pairs[0], pairs[1] <= pairs[0], pairs[1] >= pairs[0], pairs[1] == pairs[1])
    known = sorted(r for r in readings if r.value == r.value)
    print("sorted known:", known)


asyncio.run(main())
