# Generators consumed by built-ins: in, sorted, dict(enumerate), zip, sum, min, any, join, tuple, set, iter.
import asyncio
from typing import Generator, Iterator


def gen(n: int) -> Generator[int, None, str]:
    for i in range(n):
        yield i
    return "end"


def it(n: int) -> Iterator[int]:
    yield from range(n)


async def main() -> None:
    print(3 in gen(5), 7 in it(3), sorted(gen(4), reverse=True), dict(enumerate(it(2))))
    print(list(zip(gen(3), it(5))), sum(gen(4)), min(it(3)), any(x > 2 for x in gen(4)))
    print(" ".join(str(x) for x in gen(3)), tuple(it(2)), set(gen(3)))
    g = gen(2)
    print([x for x in g], [x for x in g])
    print(list(iter(gen(2))), next(iter([5])))
    star_minmax()
    await star_await()


async def grow(xs: list[int]) -> int:
    xs.append(100)
    await asyncio.sleep(0)
    return 5


async def star_await() -> None:
    # *xs is unpacked at its place, before a later argument's await.
    xs = [3, 9]
    print(max(1, *xs, await grow(xs)), min(*xs, await grow(xs)), xs)


def star_minmax() -> None:
    # max(a, *xs) and min(...): the starred elements are arguments; counted
    # at run time (one argument left is iterated, as in CPython).
    rows = [["a", "bbb"], ["cc", "d"]]
    for i, h in enumerate(["h1", "header2"]):
        print(max(len(h), *(len(r[i]) for r in rows)), min(10, *[len(r[i]) for r in rows], 7))
    nums = [3, 9, 2]
    print(max(1, *nums), min(*nums, 5), max(0.5, *nums), max(*nums, *[11, 4]))
    print(max("b", *["abc"][:0]), min("zy", *[]), max(3, *[4.5]))
    try:
        print(max(2, *[], key=lambda v: -v))
    except TypeError as e:
        print("TypeError:", e)
    try:
        xs: list[int] = []
        print(min(*xs, *xs))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
