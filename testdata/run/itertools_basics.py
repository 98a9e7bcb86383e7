# aiogo: extensions
import asyncio
import itertools
from itertools import (accumulate, chain, combinations, combinations_with_replacement, count, cycle, groupby,
                       islice, pairwise, permutations, product, repeat)
from typing import Iterator


def noisy(n: int) -> Iterator[int]:
    for i in range(n):
        print(f"  gen {i}")
        yield i


async def main() -> None:
    print(list(permutations("abc")), list(permutations([1, 2, 3], 2)), list(permutations([1], 2)))
    print(list(combinations(range(5), 3))[:4], list(combinations("ab", 0)), list(combinations("ab", 3)))
    print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement("", 0)), list(combinations_with_replacement("ab", 0)))
    print(list(product("ab", repeat=3))[:5], list(product([1, 2], "xy", [True])), list(product("", [1])))
    print(list(product([1, 2])), list(product(range(2), repeat=0)))
    print(list(chain("ab", "cd")), list(chain.from_iterable(["xy", "z"])), list(itertools.chain([1], range(0), [2, 3])))
    print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)), list(accumulate(["a", "b"])))
    print(list(accumulate([2.5, 1.5], max)), list(accumulate(range(0), initial=0)), list(accumulate([5, 1, 7], min)))
    print(list(islice(range(10), 3)), list(islice(range(10), 2, 8, 3)), list(islice("abcdef", None)), list(islice("abc", 1, None)))
    print(list(islice(count(), 0, 10, 4)), list(islice(count(5, -2), 4)), list(islice(cycle("ab"), 5)), list(repeat("z", 3)))
    print(list(pairwise([1, 4, 9, 16])), list(pairwise("a")))
    it = islice(noisy(10), 1, 5, 2)
    print("islice made")
    print(next(it))
    print(list(it))
    groups = groupby([1, 1, 2, 3, 3, 3, 1])
    k1, g1 = next(groups)
    k2, g2 = next(groups)
    print(k1, list(g1), k2, list(g2))
    print([(k, list(g)) for k, g in groupby(sorted(["bob", "al", "cy", "dave", "ed"], key=len), key=len)])
    g = groupby("aabbbc")
    pairs = list(g)
    print([(k, list(grp)) for k, grp in pairs])
    for key, grp in groupby(noisy(4), key=lambda v: v // 2):
        print("group", key)
        print(" first", next(grp))
    try:
        list(permutations([1], -1))
    except ValueError as e:
        print("ValueError:", e)
    try:
        islice([1], -1)
    except ValueError as e:
        print("ValueError:", e)
    total = 0
    for n in count(1):
        total += n
        if n == 100:
            break
    print(total, sum(islice(repeat(2), 5)), max(len(p) for p in permutations("abcd")))


asyncio.run(main())
