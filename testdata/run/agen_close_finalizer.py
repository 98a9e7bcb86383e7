# meta: order-sensitive (when the finalizer hook's aclose task runs, relative to the ticks, is the point)
import asyncio
from collections.abc import AsyncIterator


async def ticker(name: str, n: int) -> AsyncIterator[int]:
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print(f"{name}: closed")


async def first_over(limit: int) -> int:
    async for v in ticker("first_over", 10):
        if v > limit:
            return v
    return -1


async def fails() -> None:
    async for v in ticker("fails", 10):
        if v == 1:
            raise ValueError("bad tick")


async def held() -> None:
    it = ticker("held", 10)
    print("held got", await it.__anext__())
    print("held got", await anext(it))


async def main() -> None:
    print("first_over ->", await first_over(2))
    for k in range(3):
        await asyncio.sleep(0)
        print("tick", k)
    try:
        await fails()
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    async for v in ticker("exhausted", 2):
        print("got", v)
    await held()
    print("main done")


asyncio.run(main())
print("after run")
