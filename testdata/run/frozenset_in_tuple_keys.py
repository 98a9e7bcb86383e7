import asyncio
from typing import Optional


def key(tags: set[str], level: int) -> tuple[frozenset[str], int]:
    return (frozenset(tags), level)


async def main() -> None:
    cache: dict[tuple[frozenset[str], int], str] = {}
    cache[(frozenset({"a", "b"}), 1)] = "x"
    cache[key({"b", "a"}, 1)] = "y"
    cache[key({"c"}, 2)] = "z"
    print(len(cache), cache[(frozenset(["b", "a"]), 1)], (frozenset({"c"}), 2) in cache)
    print((frozenset({"c"}), 3) in cache, cache.get((frozenset(), 0), "none"))
    del cache[key({"a", "b"}, 1)]
    print(len(cache))
    seen: set[tuple[frozenset[int], str]] = set()
    for group in [[1, 2], [2, 1], [3], [1, 2, 3], [3, 2, 1]]:
        k = (frozenset(group), "g")
        if k in seen:
            print("dup", sorted(k[0]))
        seen.add(k)
    print(len(seen), sorted(sorted(k[0]) for k in seen))
    edges: dict[frozenset[int], int] = {frozenset({1, 2}): 5}
    pairs = {(frozenset({1, 2}), w) for w in edges.values()}
    pairs.add((frozenset({2, 1}), 5))
    print(len(pairs), pairs)
    counts: dict[tuple[int, frozenset[str]], int] = {}
    for i, ws in enumerate([{"x"}, {"y"}, {"x"}]):
        k2 = (i % 2, frozenset(ws))
        counts[k2] = counts.get(k2, 0) + 1
    print(sorted((a, sorted(b), n) for (a, b), n in counts.items()))
    await asyncio.sleep(0)


asyncio.run(main())
