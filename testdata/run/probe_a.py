import asyncio
from typing import Callable, Awaitable


async def twice(f: Callable[[], Awaitable[int]]) -> int:
    return await f() + await f()


async def one() -> int:
    return 1


def gen_pairs() -> dict[str, tuple[int, int]]:
    return {k: (len(k), i) for i, k in enumerate(["a", "bb"])}


async def main() -> None:
    print(await twice(one))
    print(gen_pairs())
    xs = [1, 2, 3]
    xs[1:2] = [7, 8]
    print(xs, xs[-1], xs[::2])
    del xs[0]
    print(xs)
    t = (1, "a", 2.0)
    a, b, c = t
    print(a, b, c, t[1], len(t), t == (1, "a", 2.0))
    s = set("hello")
    print(sorted(s), "h" in s)
    d: dict[str, list[int]] = {}
    d["x"] = d.get("x", []) + [1]
    print(d)
    print(" ".join(map(str, xs)), list(filter(lambda v: v > 7, xs)), list(map(lambda v: v * 2, xs)))
    nested = {"a": {"b": {"c": 1}}}
    print(nested["a"]["b"]["c"], list(nested["a"].keys()))
    f = lambda: 5
    print(f())
    n: float = 3.0
    print(n, n / 2, int(n) // 2)
    words = ["x", "yy", "zzz"]
    print({w: i for i, w in enumerate(words)}, list(reversed(words)), words[::-1])
    none: list[int] = []
    print(min([4, 2, 8], default=0), max(none, default=-1))


asyncio.run(main())
