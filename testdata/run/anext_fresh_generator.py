"""anext() of a fresh async generator call: once the await is over nothing holds the
generator, and CPython's loop closes it soon after (its finally runs in a task)."""
import asyncio
from collections.abc import AsyncGenerator


async def source(name: str, n: int, fail: bool = False) -> AsyncGenerator[int, None]:
    try:
        for i in range(n):
            await asyncio.sleep(0)
            if fail:
                raise ValueError(f"{name} broke")
            yield i * 10
    finally:
        print(f"{name} finalized")


async def first_or(name: str, n: int, default: int) -> int:
    return await anext(source(name, n), default)


async def main() -> None:
    print("first:", await anext(source("a", 3)))
    print("after a")
    await asyncio.sleep(0)
    print("default:", await anext(source("b", 0), -1))
    print("other default:", await anext(source("c", 0), None))
    try:
        await anext(source("d", 0))
    except StopAsyncIteration:
        print("d exhausted")
    try:
        await anext(source("e", 2, fail=True))
    except ValueError as e:
        print("error:", e)
    print(await first_or("f", 2, 0), await first_or("g", 0, 7))
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
