# A bool indexes a list, tuple, str, bytes or range as the int it is (mypy
# accepts it: bool is an int); it was refused, and counts[v % 2 == 0] += 1 did
# not build.
import asyncio


async def main() -> None:
    xs = ["off", "on"]
    flag = 3 > 2
    t = ("no", "yes")
    vt: tuple[int, ...] = (10, 20)
    print(xs[flag], xs[not flag], "ab"[flag], b"ab"[flag], range(5)[True], t[flag], vt[False], xs[-flag])
    counts = [0, 0]
    for v in [1, 2, 3, 4, 5]:
        counts[v % 2 == 0] += 1
    print(counts)
    counts[flag] = 7
    counts[not flag] -= 1
    del counts[False]
    print(counts)


asyncio.run(main())
