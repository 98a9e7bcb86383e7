# A bool in arithmetic is an int (0 or 1), as in CPython: counting with `hits += ok`,
# unary minus, bool operands across awaits.
import asyncio


def ok(n: int) -> bool:
    return n % 2 == 0


async def main() -> None:
    total = 0
    for i in range(5):
        total += ok(i)
    t, f = True, False
    x = 2.5
    print(total, t + t, t - f, 3 * t, t * 3, x + t, t / 2, t // 1, 7 % (t + t), t ** 2, -t + 0, total - ok(1))
    n = 0
    n -= ok(2)
    n *= 4
    y = 1.5
    y += ok(2)
    print(n, y, sum([ok(i) for i in range(4)]), abs(-3) + (1 > 0))


asyncio.run(main())


async def flag(n: int) -> bool:
    await asyncio.sleep(0)
    return n > 1


async def later() -> None:
    hits = 0
    for i in range(4):
        hits += await flag(i)
    score = 10 * (await flag(3)) + await flag(0) - (not await flag(5))
    print(hits, score, -(await flag(2)), (await flag(2)) / 4, [x + 1 for x in [True, False]])


asyncio.run(later())
