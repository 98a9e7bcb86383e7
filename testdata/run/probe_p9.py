import asyncio
from typing import Iterator


def gen_squares(n: int) -> "Iterator[int]":
    for i in range(n):
        yield i * i


async def fails(n: int) -> int:
    await asyncio.sleep(0)
    if n % 2:
        raise RuntimeError(f"odd {n}")
    return n


async def main() -> None:
    total = 0
    for n in range(4):
        try:
            total += await fails(n)
        except RuntimeError as e:
            print("error:", e, e.args)
    print("total", total)
    x: int | None = None
    for v in [3, 0, 5]:
        if v and (x is None or v > x):
            x = v
    print(x)
    values = [1.5, 2.0, 3.0]
    print(values, sum(values) / len(values))
    name = "world"
    print(f"{'hello'!r:>10} {name.title():*<8} {len(name)=}")
    print("{:>6.2%}".format(0.1234), "{0:b} {0:o} {0:#x}".format(10))
    s = "  padded\t"
    print(repr(s.strip()), s.rstrip().lstrip(), "a-b-c".rsplit("-", 1), "k:v".partition(":"))
    print(int("0x1f", 16) if False else int("1f", 16), float("1e3"), str(1e-7), 10 / 4, 7 // -2)


asyncio.run(main())
