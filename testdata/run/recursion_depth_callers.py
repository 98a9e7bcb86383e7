# The frames of the functions that call into a recursion count toward the
# limit (a program catching RecursionError sees the depth CPython reaches),
# and a recursive coroutine that never suspends raises RecursionError
# instead of overflowing the stack.
import asyncio
from dataclasses import dataclass, field

deepest = 0


@dataclass
class Tree:
    name: str
    children: list["Tree"] = field(default_factory=list)


def depth_of(t: Tree, level: int) -> int:
    global deepest
    deepest = level
    best = level
    for c in t.children:
        d = depth_of(c, level + 1)
        if d > best:
            best = d
    return best


def chain(n: int) -> Tree:
    root = Tree("root")
    cur = root
    for i in range(n):
        nxt = Tree(f"n{i}")
        cur.children.append(nxt)
        cur = nxt
    return root


def measure(t: Tree) -> str:
    global deepest
    deepest = 0
    try:
        return f"depth {depth_of(t, 1)}"
    except RecursionError as e:
        return f"too deep after {deepest} levels: {e}"


def report(sizes: list[int]) -> None:
    for n in sizes:
        print(n, measure(chain(n)))


async def count_down(n: int) -> int:
    global deepest
    deepest = n
    if n == 0:
        return 0
    return await count_down(n - 1) + 1


async def main() -> None:
    print("async", await count_down(100))
    try:
        await count_down(5000)
    except RecursionError:
        print("async recursion stopped at", deepest)
    report([10, 2000])


report([5, 997, 998, 5000])
asyncio.run(main())
