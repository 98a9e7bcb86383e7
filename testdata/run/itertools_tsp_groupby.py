# aiogo: extensions
import asyncio
from itertools import accumulate, chain, combinations, groupby, islice, permutations, product, count


def tour_length(order: tuple[int, ...], dist: list[list[int]]) -> int:
    return sum(dist[a][b] for a, b in zip(order, order[1:] + order[:1]))


async def main() -> None:
    dist = [[0, 2, 9, 10], [1, 0, 6, 4], [15, 7, 0, 8], [6, 3, 12, 0]]
    best = min(permutations(range(1, 4)), key=lambda p: tour_length((0,) + p, dist))
    print(best, tour_length((0,) + best, dist))
    print(list(combinations("abcd", 2)), len(list(combinations(range(10), 3))))
    print(list(product([0, 1], repeat=2)), list(product("ab", [1, 2])))
    sales = [("east", 10), ("east", 5), ("west", 7), ("east", 1), ("west", 2), ("west", 3)]
    for region, grp in groupby(sorted(sales), key=lambda s: s[0]):
        print(region, [v for _, v in grp])
    print(list(accumulate([3, 1, 4, 1, 5])), list(accumulate([3, 1, 4, 1, 5], max)))
    print(list(chain([1, 2], (3, 4), range(5, 7))), list(chain.from_iterable([[1], [2, 3]])))
    print(list(islice(count(10, 5), 4)), list(islice("abcdefg", 1, 6, 2)))
    print(["".join(g) for _, g in groupby("aaabccdddd")], [(k, len(list(g))) for k, g in groupby("aaabcc")])


asyncio.run(main())
