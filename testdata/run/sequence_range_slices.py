import asyncio
from typing import Sequence


def window(xs: Sequence[float], n: int) -> list[float]:
    return [sum(xs[i:i + n]) / n for i in range(len(xs) - n + 1)]


def tail(xs: Sequence[str], k: int) -> Sequence[str]:
    return xs[-k:]


async def main() -> None:
    print(window([1.0, 2.0, 4.0, 8.0], 2), window((3.0, 5.0, 7.0), 3))
    print(tail(["a", "b", "c"], 2), tail("hello", 3), tail(("x", "y"), 1))
    nums: Sequence[int] = range(10)
    print(nums[2:5], nums[::-1], nums[::3][1:], nums[-1])
    r = range(0, 20, 3)
    print(r[2], r[-1], r[1:4], r[::-2], len(r[5:2]), list(r[5:2]), r[5:2])
    try:
        print(r[10])
    except IndexError as e:
        print("error:", e)
    print(list(zip(nums[:3], nums[3:6])))


asyncio.run(main())
