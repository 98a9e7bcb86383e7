"""Starred unpacking of gather results whose awaitables have different types."""
import asyncio


async def count(n: int) -> int:
    await asyncio.sleep(0)
    return n * 2


async def label(s: str) -> str:
    await asyncio.sleep(0)
    return s.upper()


async def pair(a: int) -> tuple[int, int]:
    await asyncio.sleep(0)
    return a, a + 1


async def maybe(flag: bool) -> str | None:
    await asyncio.sleep(0)
    return "yes" if flag else None


async def main() -> None:
    total, *pairs = await asyncio.gather(count(5), pair(1), pair(3))
    print(total, pairs, [a + b for a, b in pairs])
    *names, n = await asyncio.gather(label("a"), label("b"), count(2))
    print(names, n)
    first, *middle, last = await asyncio.gather(count(1), label("x"), maybe(True), maybe(False), count(9))
    print(first, middle, last, len(middle))
    head, *rest = await asyncio.gather(label("solo"), count(0))
    print(head, rest)
    results = await asyncio.gather(count(3), label("z"), maybe(False))
    a, *others = results
    print(a, others, results)


asyncio.run(main())
