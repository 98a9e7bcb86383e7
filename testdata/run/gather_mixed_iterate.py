"""The result of gather over coroutines of different types iterates,
enumerates, zips and converts with each element as its own type (a for
loop over it did not build: the list of any was not converted)."""
import asyncio


async def a(n: int) -> int:
    await asyncio.sleep(0)
    return n


async def s(x: str) -> str:
    return x


async def nothing() -> None:
    await asyncio.sleep(0)


async def main() -> None:
    r = await asyncio.gather(a(1), s("two"), a(3), nothing())
    print(r, len(r), list(r), r[1:], "two" in r)
    for i, v in enumerate(r):
        print(i, v, type(v).__name__)
    for name, v in zip("abcd", r):
        print(name, repr(v))
    pair = await asyncio.gather(a(5), s("five"))
    n, word = pair
    print(n + 1, word.upper(), [str(x) for x in pair], tuple(pair), sorted(str(x) for x in pair))
    opt = await asyncio.gather(s("x"), nothing(), s("y"))
    print([v for v in opt if v is not None], ",".join(v for v in opt if v), opt.count(None), opt.index("y"))


asyncio.run(main())
