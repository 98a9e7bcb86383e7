# dict.update with every argument form CPython takes: another dict, a
# mapping-typed value, an iterable of pairs, keyword arguments, both.
import asyncio
from collections.abc import Mapping


def merged(base: dict[str, int], extra: Mapping[str, int]) -> dict[str, int]:
    out = dict(base)
    out.update(extra)
    return out


async def fetch_pairs(n: int) -> list[tuple[str, int]]:
    await asyncio.sleep(0)
    return [(f"k{i}", i * i) for i in range(n)]


async def main() -> None:
    settings = {"retries": 3, "timeout": 10}
    settings.update(timeout=30, verbose=1)
    print(settings)
    settings.update([("retries", 5), ("depth", 2)])
    print(settings)
    settings.update({"depth": 4}, extra=7)
    print(settings)
    settings.update(await fetch_pairs(3))
    print(settings)
    settings.update(zip(["a", "b"], [1, 2]), b=20)
    print(settings)
    overrides = {"retries": 0}
    settings.update(**overrides)
    settings.update()
    print(settings, merged({"x": 1}, {"y": 2}))
    counts: dict[str, int] = {}
    for word in "a b a c b a".split():
        counts.update({word: counts.get(word, 0) + 1})
    print(counts)


asyncio.run(main())
