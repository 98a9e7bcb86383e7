"""iter() of a list, tuple or set display passed where an Iterator[T] is
expected takes T from the parameter, as mypy types it (iter([]) included)."""
import asyncio
from typing import Iterator


def drain(tokens: Iterator[str]) -> list[str]:
    out = []
    for t in tokens:
        if t == "END":
            break
        out.append(t.upper())
    return out


def mean(xs: Iterator[float]) -> float:
    n, total = 0, 0.0
    for x in xs:
        n += 1
        total += x
    return total / n if n else 0.0


async def main() -> None:
    print(drain(iter([])), drain(iter(["a", "b", "END", "c"])), drain(iter(())), drain(iter({"solo"})))
    print(drain(iter([w for w in "x y END z".split()])))
    print(mean(iter([])), mean(iter([1, 2])), mean(iter((2.5, 3))), mean(iter([x / 4 for x in range(5)])))
    await asyncio.sleep(0)


asyncio.run(main())
