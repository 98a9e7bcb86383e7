# The set methods that take any number of other iterables: s.union(a, b),
# s.intersection(*groups), set.union(*sets), set().union(*lists),
# s.update(a, *more) and the other *_update forms, each computed as
# CPython computes it (iteration order of int sets included).
import asyncio
from dataclasses import dataclass, field


@dataclass
class Team:
    name: str
    skills: set[str] = field(default_factory=set)


def common_skills(teams: list[Team]) -> list[str]:
    if not teams:
        return []
    return sorted(set.intersection(*(t.skills for t in teams)))


async def main() -> None:
    sets = [{1, 2, 3}, {2, 3, 4}, {2, 5, 3, 100}]
    a = sets[0]
    print(a.union(sets[1], sets[2]), a.union(), a.union(*sets))
    print(a.intersection(*sets[1:]), a.intersection(), a.intersection(*[]))
    print(a.difference({1}, [3]), a.difference(*sets[1:]), set.difference(*sets))
    print(set.union(*sets), set.intersection(*sets))
    rows = [[5, 1, 9], [9, 5, 7], [5, 9, 100]]
    print({1}.union(*rows), {5, 9}.intersection(*rows, range(10)))
    print(set().union(*rows), set().union([1], (2, 3), {4}), set().intersection(*rows))
    print(sorted(set().union(*(w for w in ["ab", "bc"]))))
    b = {10, 20, 30, 40}
    b.update([1], {2}, *sets)
    print(b)
    b.intersection_update({1, 2, 3, 4, 10}, range(3, 11))
    print(b)
    b.difference_update(*[{3}, {10}])
    b.update()
    print(b)
    c = {1, 2}
    c.update(c)
    print(c, c.union(c, c))
    teams = [Team("core", {"go", "py", "sql"}), Team("web", {"js", "py", "sql"}), Team("ops", {"sh", "py", "sql", "go"})]
    print(common_skills(teams), common_skills([]), sorted(set().union(*(t.skills for t in teams))))
    fa, fc = frozenset({1, 2, 3}), frozenset([3, 9])
    print(fa.union(b, fc), fa.intersection({2, 3, 4}, fc), fa.difference({2}, fc), fa.union())
    print(type(fa.union(b, fc)).__name__, frozenset({9}).union(*[frozenset({1, 2}), frozenset({2, 3})]))
    print(frozenset().union(*rows), frozenset().intersection(*rows), type(frozenset().union(*rows)).__name__)
    try:
        set.union(*sets[:0])
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
