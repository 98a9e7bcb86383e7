import asyncio
from typing import AsyncGenerator, AsyncIterator


async def feed(name: str) -> AsyncIterator[int]:
    try:
        for i in range(10):
            await asyncio.sleep(0.005)
            yield i
    finally:
        print(f"{name} closed")


async def ticks(name: str) -> AsyncGenerator[int, None]:
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print(f"{name} closed")


async def peek_two(name: str) -> list[int]:
    src = feed(name)
    a = await anext(src)
    b = await src.__anext__()
    return [a, b]


async def sum_until(limit: int) -> int:
    total = 0
    gen = feed("sum")
    async for v in gen:
        total += v
        if total >= limit:
            break
    return total


async def rebinding() -> None:
    t = ticks("first")
    print("first gives", await t.asend(None))
    t = ticks("second")
    print("second gives", await anext(t))
    await asyncio.sleep(0)
    print("after rebinding")
    del t
    await asyncio.sleep(0)
    print("after del")


async def maybe(flag: bool) -> str:
    if flag:
        g = ticks("maybe")
        await anext(g)
    return "maybe done"


async def main() -> None:
    print(await peek_two("p1"))
    print("between")
    await asyncio.sleep(0.02)
    print(await sum_until(5))
    await asyncio.sleep(0.02)
    await rebinding()
    print(await maybe(False))
    print(await maybe(True))
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
