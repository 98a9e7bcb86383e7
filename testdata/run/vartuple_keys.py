# Tuples of run-time length (tuple[T, ...]) as dict keys and set elements:
# a Markov chain keyed by word windows, memoised partitions, anagram groups,
# and a set of visited states in a sliding puzzle search.
import asyncio


def markov(words: list[str], order: int) -> dict[tuple[str, ...], list[str]]:
    chain: dict[tuple[str, ...], list[str]] = {}
    for i in range(len(words) - order):
        key = tuple(words[i:i + order])
        chain.setdefault(key, []).append(words[i + order])
    return chain


def partitions(n: int, parts: tuple[int, ...], memo: dict[tuple[int, ...], int]) -> int:
    key = (n,) + parts
    if key in memo:
        return memo[key]
    if n == 0:
        return 1
    if n < 0 or not parts:
        return 0
    total = partitions(n - parts[0], parts, memo) + partitions(n, parts[1:], memo)
    memo[key] = total
    return total


def neighbours(state: tuple[int, ...], width: int) -> list[tuple[int, ...]]:
    blank = state.index(0)
    row, col = divmod(blank, width)
    out: list[tuple[int, ...]] = []
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        r, c = row + dr, col + dc
        if 0 <= r < width and 0 <= c < width:
            cells = list(state)
            j = r * width + c
            cells[blank], cells[j] = cells[j], cells[blank]
            out.append(tuple(cells))
    return out


async def solve(start: tuple[int, ...], goal: tuple[int, ...], width: int) -> int:
    seen: set[tuple[int, ...]] = {start}
    frontier = [start]
    depth = 0
    while frontier:
        if goal in seen:
            return depth
        nxt: list[tuple[int, ...]] = []
        for s in frontier:
            for n in neighbours(s, width):
                if n not in seen:
                    seen.add(n)
                    nxt.append(n)
        frontier = nxt
        depth += 1
        await asyncio.sleep(0)
    return -1


async def main() -> None:
    words = "the cat sat on the mat and the cat ran off the mat".split()
    chain = markov(words, 2)
    for k, v in chain.items():
        print(k, v)
    print(("the", "cat") in chain, tuple(["the", "mat"]) in chain, ("x",) in chain)

    memo: dict[tuple[int, ...], int] = {}
    print("ways to make 50:", partitions(50, (25, 10, 5, 1), memo), "memo entries:", len(memo))

    groups: dict[tuple[str, ...], list[str]] = {}
    for w in ["listen", "silent", "enlist", "google", "gogole", "cat", "act"]:
        groups.setdefault(tuple(sorted(w)), []).append(w)
    for letters, ws in sorted(groups.items()):
        print("".join(letters), ws)
    del groups[tuple("act")]
    print(len(groups), list(groups)[0])

    cells: set[tuple[int, ...]] = {(1, 2), (3, 4), tuple([1, 2]), (0, 0), (5, 1, 2)}
    print(cells, len(cells), sorted(cells))
    other: set[tuple[int, ...]] = {(0, 0), (9,)}
    print(sorted(cells | other), cells & other, sorted(cells - other))
    print(hash((1, 2)) == hash(tuple([1, 2])))

    steps = await solve((1, 2, 3, 4, 0, 5, 7, 8, 6), (1, 2, 3, 4, 5, 6, 7, 8, 0), 3)
    print("puzzle solved in", steps, "moves")


asyncio.run(main())
