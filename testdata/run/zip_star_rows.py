"""zip(*rows) transposes any iterable of iterables: lists of tuples, strs,
generators, tuples of tuples, dict values (tuples of the rows' element type)."""
import asyncio


def rows() -> list[tuple[str, int]]:
    return [("a", 1), ("b", 2), ("c", 3)]


async def main() -> None:
    names, nums = zip(*rows())
    print(names, nums)
    print(list(zip(*rows())))
    print(list(zip(*["abc", "de"])))
    print(list(zip(*(range(i, i + 3) for i in range(3)))))
    empty: list[tuple[int, int]] = []
    print(list(zip(*empty)))
    grid = ((1, 2, 3), (4, 5, 6))
    for col in zip(*grid):
        print(sum(col), max(col), col)
    m = {"x": [1, 2], "y": [3, 4]}
    print([list(c) for c in zip(*m.values())])
    print(list(zip(*[[1, 2], [3, 4]])))


asyncio.run(main())
