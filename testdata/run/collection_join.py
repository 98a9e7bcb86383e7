"""Two different collection types meeting in a conditional expression
(or a display, or `or`) join as mypy joins them, to the strongest
protocol both are: a list and a range to Sequence[int] (a regex search
that tries one start when anchored, every start otherwise), a list and a
tuple, str and list[str] to Sequence, a set and a frozenset to
AbstractSet, a list and a set to Collection, a list and a generator to
Iterable. The value stays the object it was: printing, len, indexing and
iteration behave as on it. Two lists (or dicts, or sets) of different
element types still join to object, as in mypy; an empty list joins a
str to Sequence[str]."""
import asyncio
from typing import Iterator


def evens(n: int) -> Iterator[int]:
    return (i for i in range(n) if i % 2 == 0)


class Matcher:
    def __init__(self, pattern: str) -> None:
        self.anchored = pattern.startswith("^")
        self.literal = pattern.lstrip("^")

    def search(self, text: str) -> int:
        starts = [0] if self.anchored else range(len(text) + 1)
        for s in starts:
            if text[s:s + len(self.literal)] == self.literal:
                return s
        return -1


async def main() -> None:
    for pat in ["^he", "lo", "^lo"]:
        await asyncio.sleep(0)
        print(pat, Matcher(pat).search("hello"))
    for flag in (True, False):
        nums = [5, 1, 4] if flag else (9, 8)
        print(nums, len(nums), nums[0], nums[-1], 4 in nums, sorted(nums))
        chars = "abc" if flag else ["x", "yz"]
        print(chars, list(chars), chars[1], len(chars))
        pool = {1, 2} if flag else frozenset({3})
        print(sorted(pool), 2 in pool, len(pool))
        src = [1, 2, 3] if flag else evens(7)
        print(sum(src), [x * 2 for x in src])
        coll = [7, 7] if flag else {8}
        print(len(coll), 7 in coll, list(coll))
        r = range(3) if flag else range(5, 0, -2)
        print(r, list(r))
        fl = [1.5] if flag else range(2)
        print(fl, [v + 1 for v in fl])
        empty: list[int] = []
        pick = empty or range(2)
        print(pick, len(pick))
    mixed = [[0], range(2), (4, 5)]
    print(mixed, [len(m) for m in mixed], [m[-1] for m in mixed])
    words = ["ab", []]
    print(words, [len(w) for w in words])
    rows = [{"id": 1}, {"id": "x"}]
    print(rows, [isinstance(r, dict) for r in rows])


asyncio.run(main())
