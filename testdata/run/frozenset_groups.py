# frozenset[T]: built from displays, lists, sets and generators; the set
# operators between sets and frozensets (the left operand's type wins);
# frozensets as dict keys and set elements (hashed by value, iterated in
# CPython's order); printing as CPython prints them.
import asyncio
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field


@dataclass
class Team:
    name: str
    members: frozenset[str]
    skills: frozenset[int] = field(default_factory=frozenset)


def overlap(a: AbstractSet[int], b: AbstractSet[int]) -> int:
    return sum(1 for x in a if x in b)


def pairs(n: int) -> set[frozenset[int]]:
    out: set[frozenset[int]] = set()
    for i in range(n):
        for j in range(n):
            if i != j and (i * j) % 3 != 1:
                out.add(frozenset({i, j}))
    return out


async def gossip(node: int, known: dict[int, frozenset[int]], rounds: int) -> None:
    for r in range(rounds):
        await asyncio.sleep(0)
        peer = (node + r + 1) % len(known)
        merged = known[node] | known[peer]
        known[node] = merged
        known[peer] = known[peer].union(merged)


async def main() -> None:
    base = frozenset([5, 3, 9, 1])
    extra = {9, 10, 42}
    print(base, frozenset(), frozenset(extra))
    print(base | extra, extra | base)
    print(base & extra, base - extra, base ^ extra, extra - base)
    print(base <= frozenset(range(10)), base == {1, 3, 5, 9}, {1, 3, 5, 9} == base, base != extra)
    print(base.isdisjoint(extra), base.issubset([1, 3, 5, 9, 11]), overlap(base, extra))
    alias = base
    alias |= {100}
    print(alias, base, len(alias), 100 in alias, 100 in base)
    thawed = set(base)
    thawed.add(-1)
    print(sorted(thawed), type(thawed).__name__, type(base).__name__)

    ps = pairs(6)
    print(len(ps), frozenset({2, 0}) in ps, frozenset({1, 4}) in ps)
    print(sorted(sorted(p) for p in ps)[:5])
    cliques = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3}), frozenset({40, 2, 7})}
    print(cliques)
    counts: dict[frozenset[int], int] = {}
    for combo in [[1, 2], [2, 1], [3, 4, 5], [5, 4, 3], [1, 2], [7]]:
        key = frozenset(combo)
        counts[key] = counts.get(key, 0) + 1
    print(counts)
    print(hash(frozenset({1, 2})) == hash(frozenset([2, 1])), frozenset(x * x for x in range(-3, 4)))

    teams = [
        Team("core", frozenset({"ana", "bo"}), frozenset({1, 2})),
        Team("web", frozenset(["cy", "ana"])),
    ]
    by_members = {t.members: t.name for t in teams}
    print(by_members[frozenset({"bo", "ana"})], teams[1].skills)
    everyone: frozenset[str] = frozenset()
    for t in teams:
        everyone = everyone.union(t.members)
    print(sorted(everyone))

    known = {i: frozenset({i}) for i in range(4)}
    await asyncio.gather(*(gossip(i, known, 2) for i in range(4)))
    for node, seen in known.items():
        print(node, seen, len(seen))


asyncio.run(main())
