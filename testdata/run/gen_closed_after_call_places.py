import asyncio
from collections.abc import Callable, Generator, Iterator


def nums(n: int) -> Generator[int, None, None]:
    try:
        yield from range(n)
    finally:
        print(f"<nums {n} closed>")


def total(it: Iterator[int]) -> int:
    s = 0
    for x in it:
        s += x
        if s > 5:
            break
    return s


class Stats:
    def __init__(self, n: int) -> None:
        self.n = n

    def peak(self) -> int:
        return max(nums(self.n))

    async def apeak(self) -> int:
        await asyncio.sleep(0)
        best = max(nums(self.n))
        await asyncio.sleep(0)
        return best + len(list(zip(nums(self.n + 1), "ab")))


def gen_user(n: int) -> Generator[int, None, None]:
    yield sum(nums(n))
    yield next(nums(n + 10))


async def main() -> None:
    f: Callable[[int], bool] = lambda k: any(x > 1 for x in nums(k))
    print(f(5), f(1))
    print(f"first={next(nums(4))} total={total(nums(10))}")
    print([next(nums(i + 1)) for i in range(2)])
    print(any(x in nums(3) for x in [5, 2]))
    print(Stats(3).peak(), await Stats(2).apeak())
    print(list(gen_user(3)))
    total(nums(20))
    3 in nums(30)
    print(sorted(nums(4), key=lambda v: -v), dict(enumerate(nums(2))), tuple(nums(2)), set(nums(2)), min(nums(3), default=9))
    r = await asyncio.gather(asyncio.sleep(0, sum(nums(3))), asyncio.sleep(0, 1))
    print(r)
    s = ",".join(str(x) for x in nums(3)) + "|" + "".join(map(str, nums(2)))
    print(s)


asyncio.run(main())
