import asyncio
from typing import AsyncIterator


async def ticks(n: int, delay: float = 0) -> AsyncIterator[int]:
    for i in range(n):
        await asyncio.sleep(delay)
        print("  tick", i)
        yield i


async def fetch(url: str) -> int:
    await asyncio.sleep(0.01)
    if url == "bad":
        raise ValueError("bad url")
    print("  fetched", url)
    return len(url)


def listing() -> list[str]:
    print("listing")
    return ["x", "yy"]


async def total(src: AsyncIterator[int]) -> int:
    s = 0
    async for v in src:
        s += v
    return s


async def first_over(src: AsyncIterator[int], limit: int) -> int | None:
    async for v in src:
        if v > limit:
            return v
    return None


async def main() -> None:
    scale = 10
    print("create")
    gen = (x * scale async for x in ticks(4) if x % 2 == 1)
    print("created")
    scale = 100  # late binding: the body reads the current value
    async for v in gen:
        print("got", v)
    urls = ["a.io", "bb.io", "ccc.io"]
    sizes = (await fetch(u) for u in urls)
    print("sum", await total(sizes))
    pairs = (f"{i}:{j}" async for i in ticks(2) for j in "xy" if j != "z")
    print([p async for p in pairs])
    lengths = (n async for n in ticks(6))
    print("first over 2:", await first_over(lengths, 2))
    await lengths.aclose()
    for rnd in range(2):
        squares = (t * t + rnd async for t in ticks(3))
        print("round", rnd, await total(squares))
    g = (await fetch(u) for u in listing())
    print("made")
    print([v async for v in g])
    bad = (await fetch(u) for u in ["ok", "bad", "never"])
    try:
        async for v in bad:
            print("v", v)
    except ValueError as e:
        print("caught", e)


asyncio.run(main())
