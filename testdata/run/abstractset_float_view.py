import asyncio
from typing import AbstractSet, Iterable, Mapping


def spread(values: AbstractSet[float]) -> float:
    return max(values) - min(values)


def describe(values: AbstractSet[float]) -> str:
    return f"{sorted(values)} has 2: {2 in values}, 2.5: {2.5 in values}"


def mean(xs: Iterable[float]) -> float:
    total = 0.0
    n = 0
    for x in xs:
        total += x
        n += 1
    return total / n if n else 0.0


def budget(limits: Mapping[str, float]) -> str:
    return ", ".join(f"{k}<={v}" for k, v in limits.items())


async def main() -> None:
    print(spread({3, 9, 4}))
    print(describe({1, 2, 3}))
    seen: set[int] = {10, 20}
    print(describe(seen), mean(seen))
    seen.add(30)
    print(mean(seen), spread(seen))
    caps: dict[str, int] = {"cpu": 4, "mem": 16}
    print(budget(caps))
    caps["disk"] = 100
    print(budget(caps), budget({"gpu": 1.5}))


asyncio.run(main())
