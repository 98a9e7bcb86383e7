# dict(a=1, b=2) and dict(m, c=3) (keyword arguments were refused), list.index
# with start and stop, and the list, dict and set methods blind programs use.
import asyncio
from collections.abc import Iterable


async def main() -> None:
    xs = [3, 1, 4, 1, 5, 9, 2, 6]
    ys = xs[:]
    ys.sort()
    print(ys, sorted(xs, reverse=True), xs.index(1, 2), xs[::-2], xs[-3:], xs[10:], list(reversed(xs))[:2])
    xs.extend((7, 8))
    xs += [0]
    xs *= 1
    print(xs.pop(), xs.pop(0), xs, len(xs), xs.count(1), 9 in xs, min(xs), max(xs, default=0))
    xs.clear()
    print(xs, max(xs, default=-1), sum([], 0), [] or [0])
    d = {"b": 2, "a": 1}
    d2 = d.copy()
    d2["c"] = 3
    print(d.keys() & {"a", "z"}, list(d2.values()), d2.pop("c"), d2.pop("zz", None), d2.setdefault("d", 4), d2)
    print(dict(zip("xy", [1, 2])), dict([("k", 1)]), {**d, "a": 9}, dict(d, e=5), sorted(d2, key=lambda k: d2[k]))
    print(dict(a=1, b=2), dict([("x", 1.5)], y=2.5))
    nested = {"x": {"y": [1, 2]}}
    nested["x"]["y"].append(3)
    nested.setdefault("z", {})["w"] = [0]
    print(nested, list(nested.items())[0][1]["y"][-1])
    s = {1, 2, 3}
    s2 = s.copy()
    s2.update([4, 5], {6})
    s2.difference_update({1})
    s2.intersection_update(range(10))
    print(s2, s.union([7]), s - {1}, s | {0}, s & {2, 3, 4}, s ^ {3, 4}, {x for x in s if x > 1}, s2.pop() in range(10), frozenset(s) == s)
    def flat(items: Iterable[list[int]]) -> list[int]:
        return [v for it in items for v in it]
    print(flat([[1], [2, 3]]), list(map(lambda p: p[0] * p[1], zip(range(3), range(3, 6)))), list(filter(None, [0, 1, "", "a"])))
    await asyncio.sleep(0)


asyncio.run(main())
