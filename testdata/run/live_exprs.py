# Locals read only inside and/or, conditional expressions, lambdas,
# comprehensions, f-strings and walrus expressions after a suspension point
# keep their values (liveness looks into every expression kind).
import asyncio
from typing import AsyncIterator, Callable, Iterator


async def tick() -> int:
    await asyncio.sleep(0)
    return 1


async def boolops(n: int) -> list[str]:
    out: list[str] = []
    a = n * 2
    b = n + 1
    await asyncio.sleep(0)
    out.append(str(a > 3 and b < 10))
    out.append(str(a < 0 or b == n + 1))
    out.append(str(not (a == 0) and (b > 0 or a > 0)))
    return out


async def ternaries(n: int) -> str:
    label = "big"
    other = "small"
    await tick()
    return label if n > 3 else other


async def lambdas(n: int) -> int:
    c = n + 7
    await asyncio.sleep(0)
    h: Callable[[], int] = lambda: c
    d = 3
    await tick()
    k: Callable[[int], int] = lambda x: x + d
    return h() + k(1)


async def comps(n: int) -> list[int]:
    base = 100
    limit = n
    await asyncio.sleep(0)
    xs = [base + i for i in range(limit) if i % 2 == 0]
    total = sum(base * i for i in range(2))
    return xs + [total]


async def fstrings(n: int) -> str:
    name = "x"
    width = 6
    await asyncio.sleep(0)
    return f"[{name:>{width}}|{n}]"


async def walrus(n: int) -> int:
    got = 0
    await asyncio.sleep(0)
    if (m := n * 3) > 5 and (got := m + 1) > 0:
        await asyncio.sleep(0)
        return got + m
    return got


async def loop_target(n: int) -> int:
    x = 10
    for x in range(n):
        await asyncio.sleep(0)
    return x


async def async_loop_target() -> int:
    async def agen() -> AsyncIterator[int]:
        for i in range(3):
            await asyncio.sleep(0)
            yield i

    last = -1
    async for last in agen():
        await asyncio.sleep(0)
    return last


async def in_loops(part: int) -> list[str]:
    out: list[str] = []
    for chunk in range(3):
        await asyncio.sleep(0)
        if chunk == 1 and part == 2:
            out.append("and")
        if chunk == 5 or part == 2:
            out.append("or")
        out.append("one" if chunk == 1 else "other")
    i = 0
    while i < 3:
        v = i * 10
        await tick()
        out.append(str(v > 5 and v < 25))
        i += 1
    return out


def gen(n: int) -> Iterator[int]:
    a = n
    yield 1
    yield a if a > 0 else -1
    b = n + 2
    yield 2
    yield int(b > 3 and b < 10)
    f: Callable[[], int] = lambda: a + b
    yield 3
    yield f()


async def agen_locals(n: int) -> AsyncIterator[str]:
    a = n
    await asyncio.sleep(0)
    yield "x"
    yield "pos" if a > 0 else "neg"
    await tick()
    yield str(a > 1 and a < 5)


async def main() -> None:
    print(await boolops(2))
    print(await ternaries(5), await ternaries(1))
    print(await lambdas(1))
    print(await comps(5))
    print(await fstrings(4))
    print(await walrus(3), await walrus(1))
    print(await loop_target(3), await loop_target(0))
    print(await async_loop_target())
    print(await in_loops(2))
    print(list(gen(3)))
    print([s async for s in agen_locals(3)])


asyncio.run(main())
