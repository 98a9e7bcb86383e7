"""Backtracking puzzles with generators: N-queens, subset sums, permutations; solved concurrently."""
import asyncio
from typing import Iterator


def queens(n: int) -> Iterator[list[int]]:
    cols: list[int] = []

    def safe(c: int) -> bool:
        r = len(cols)
        return all(c != cc and abs(c - cc) != r - rr for rr, cc in enumerate(cols))

    def place() -> Iterator[list[int]]:
        if len(cols) == n:
            yield cols[:]
            return
        for c in range(n):
            if safe(c):
                cols.append(c)
                yield from place()
                cols.pop()

    return place()


def subset_sums(items: list[int], target: int, start: int = 0) -> Iterator[tuple[int, ...]]:
    if target == 0:
        yield ()
        return
    for i in range(start, len(items)):
        if items[i] <= target:
            for rest in subset_sums(items, target - items[i], i + 1):
                yield (items[i],) + rest


def permutations(s: str) -> Iterator[str]:
    if len(s) <= 1:
        yield s
        return
    seen = set()
    for i, ch in enumerate(s):
        if ch in seen:
            continue
        seen.add(ch)
        for p in permutations(s[:i] + s[i + 1:]):
            yield ch + p


def board(sol: list[int]) -> str:
    return "\n".join("".join("Q" if c == col else "." for c in range(len(sol))) for col in sol)


async def count_async(name: str, it: Iterator[object], every: int) -> tuple[str, int]:
    n = 0
    for _ in it:
        n += 1
        if n % every == 0:
            await asyncio.sleep(0)
    return name, n


async def main() -> None:
    first = next(queens(6))
    print(first)
    print(board(first))
    gen = queens(8)
    print([next(gen) for _ in range(3)])
    results = await asyncio.gather(
        count_async("queens6", queens(6), 1),
        count_async("queens8", queens(8), 10),
        count_async("sums", subset_sums([3, 34, 4, 12, 5, 2, 9, 7], 21), 2),
        count_async("perms", permutations("aabbc"), 5),
    )
    print(dict(results))
    print(sorted(subset_sums([3, 34, 4, 12, 5, 2, 9, 7], 21), key=lambda t: (len(t), t))[:4])
    print(list(permutations("abc")), next(permutations("zz"), None), list(subset_sums([], 1)))
    words = list(permutations("tea"))
    print(max(words), min(words), "eat" in words, len(set(permutations("mississ"))))


asyncio.run(main())
