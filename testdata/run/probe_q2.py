import asyncio
from typing import Optional


class Tree:
    def __init__(self, value: int) -> None:
        self.value = value
        self.children: list["Tree"] = []

    def add(self, v: int) -> "Tree":
        t = Tree(v)
        self.children.append(t)
        return t

    def total(self) -> int:
        return self.value + sum(c.total() for c in self.children)

    def depth(self) -> int:
        if not self.children:
            return 1
        return 1 + max(c.depth() for c in self.children)


async def walk(t: Tree, level: int, out: list[str]) -> None:
    out.append("  " * level + str(t.value))
    for c in t.children:
        await walk(c, level + 1, out)


def find(xs: list[int], target: int) -> Optional[int]:
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return None


async def main() -> None:
    root = Tree(1)
    a = root.add(2)
    a.add(4)
    a.add(5).add(8)
    root.add(3).add(6)
    out: list[str] = []
    await walk(root, 0, out)
    print("\n".join(out))
    print(root.total(), root.depth())
    xs = sorted([9, 3, 7, 1, 5])
    print(find(xs, 7), find(xs, 4))
    r = find(xs, 9)
    if r is not None:
        print("found at", r + 1)
    memo: dict[int, int] = {}

    def fibm(n: int) -> int:
        if n in memo:
            return memo[n]
        v = n if n < 2 else fibm(n - 1) + fibm(n - 2)
        memo[n] = v
        return v

    print(fibm(80), len(memo))
    big = 2 ** 62 + (2 ** 62 - 1)
    print(big)


asyncio.run(main())
