import asyncio
from typing import Generator


class P:
    def __init__(self, n: int) -> None:
        self.n = n

    def __str__(self) -> str:
        print("str", self.n)
        return f"P{self.n}"

    def __repr__(self) -> str:
        print("repr", self.n)
        return f"R{self.n}"

    def __format__(self, spec: str) -> str:
        print("format", self.n, repr(spec))
        return f"F{self.n}{spec}"


class Q:
    def __str__(self) -> str:
        print("Q.str")
        return "Q"


async def val(v: int) -> int:
    print("val", v)
    await asyncio.sleep(0)
    return v


def side(tag: str) -> str:
    print("side", tag)
    return tag


def gen(xs: list[int]) -> Generator[int, None, None]:
    for x in xs:
        print("gen yields", x)
        yield x


def g2() -> Generator[str, int, None]:
    p = P(1)
    r = yield f"{p} {side('a')} {(yield 'inner')} {p!r}"
    print("r", r)


async def main() -> None:
    p = P(2)
    q = Q()
    w = 4
    print(f"{p=} {q} {p!r:>8} {p:{w}} {await val(1)} {p}")
    print(f"{side('x')}{p:{side('spec')}{await val(2)}}{side('y')}")
    print(f"{q!s:>5}|{3:{await val(5)}}|{'lit'}{w}")
    xs = [1, 2, 3]
    d = {"a": 1}
    s = {9}

    async def mutate() -> int:
        xs.append(4)
        d["b"] = 2
        s.add(10)
        await asyncio.sleep(0)
        return 0

    print(*xs, *d, *s, await mutate(), *xs, sep=",")
    print(*gen([7, 8]), await val(3), *gen([9]))
    print(*(x * 2 for x in xs), await val(4))
    t = (1, 2)
    print(*t, *"ab", await val(6), end="!\n")
    gg = g2()
    print(next(gg))
    print(gg.send(5))
    try:
        gg.send(6)
    except StopIteration:
        print("stop")
    print(f"{[await val(i) for i in range(2)]} {p}")
    print(f"{p} {[await val(i) for i in range(2)]}")
    print(f"{p if w > 3 else q} {await val(7) if w else 0}")


asyncio.run(main())
