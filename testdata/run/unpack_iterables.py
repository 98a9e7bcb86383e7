import asyncio
from typing import Iterator


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


asyncio.run(main())
