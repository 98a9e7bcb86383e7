import asyncio
from typing import Iterator, Union


def gen(n: int) -> Iterator[int]:
    for i in range(n):
        print("yield", i)
        yield i


async def main() -> None:
    a, b, c = (p.strip() for p in " x | y |z ".split("|"))
    print(a, b, c)
    k1, k2 = {"one": 1, "two": 2}
    print(k1, k2)
    t: tuple[int, ...] = (4, 5)
    x, y = t
    print(x + y)
    r1, r2, r3 = range(3)
    print(r1, r2, r3)
    first, *rest = gen(4)
    print(first, rest)
    try:
        u, v = gen(5)
    except ValueError as e:
        print("error:", e)
    try:
        u, v, w = gen(2)
    except ValueError as e:
        print("error:", e)
    for p, q in [{1, 2}, {3, 4}]:
        print(p + q)
    *init, last = (c.upper() for c in "abc")
    print(init, last)
    b1, b2 = b"AZ"
    print(b1, b2)
    union_tuples()


Msg = Union[tuple[str, int], tuple[str, str], tuple[str, float]]


def union_tuples() -> None:
    # Unpacking a union of fixed tuples: each target takes the members'
    # type at its place, or their union (mypy).
    msgs: list[Msg] = [("n", 1), ("s", "x"), ("f", 2.5), ("n", 7)]
    for kind, val in msgs:
        if isinstance(val, int):
            print(kind, val + 1)
        elif isinstance(val, str):
            print(kind, val.upper())
        else:
            print(kind, val * 2)
    print([k for k, _ in msgs], {k: v for k, v in msgs})
    first: Msg = msgs[1]
    a, b = first
    print(a, b)
    pair: tuple[int, str] | tuple[int, int] = (3, 4)
    n, m = pair
    print(n + 1, m)


asyncio.run(main())
