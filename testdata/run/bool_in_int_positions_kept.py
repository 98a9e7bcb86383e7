import asyncio
from dataclasses import dataclass
from typing import NamedTuple


@dataclass
class Stats:
    name: str
    hits: int
    misses: int = 0


class Cell(NamedTuple):
    row: int
    live: int


class Counter:
    def __init__(self, start: int) -> None:
        self.value: int = start

    def bump(self, ok: bool) -> None:
        self.value = ok


def score(hits: int, bonus: int = 0) -> int:
    return hits * 10 + bonus


def passthrough(n: int) -> int:
    return n


def is_big(x: int) -> int:
    return x > 100


async def check(url: str) -> int:
    await asyncio.sleep(0)
    return url.startswith("https")


async def main() -> None:
    xs = [3, -1, 4, -1, 5]
    flag = xs[0] > 2
    n: int = flag
    print(n, n + 1, n * 5, -n, n == 1, str(n), f"{n}", repr(n))
    print(score(flag), score(True, False), score(2, 3))
    print(passthrough(flag), passthrough(7), passthrough(False))
    print(is_big(5), is_big(500), is_big(5) + is_big(500))
    m: int = 5
    m = flag
    print(m, m is True, type(m).__name__)
    m += 1
    print(m)
    counts: list[int] = [True, 2, False]
    counts.append(flag)
    counts.sort()
    print(counts, sum(counts), max(counts), counts.index(1))
    tally: dict[str, int] = {"secure": await check("https://a"), "plain": await check("http://b")}
    print(tally, sum(tally.values()))
    print(n // 2, n % 3, n ** 2, n / 2, n < 3, hash(n) == hash(1), f"{n:>4}|{n:d}|{n!r}")
    t: tuple[int, int] = (n, 2)
    a, b = t
    print(t, a, b, t == (1, 2))
    ok = 3 > 2
    s = Stats("a", ok)
    print(s, s.hits + 1)
    s.misses = not ok
    print(s)
    c = Cell(1, ok)
    print(c, c.live * 3)
    k = Counter(True)
    print(k.value)
    k.bump(False)
    print(k.value, k.value + 2)


asyncio.run(main())
