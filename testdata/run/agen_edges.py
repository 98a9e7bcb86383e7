# Async generator edge cases: aclose during cleanup awaits, anext defaults, aiter, errors escaping, PEP 479, async for/else.
import asyncio
from typing import AsyncGenerator, AsyncIterator


async def ticks(n: int) -> AsyncGenerator[int, None]:
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("ticks cleanup")
        await asyncio.sleep(0)
        print("ticks cleanup done")


async def failing() -> AsyncIterator[int]:
    yield 1
    raise ValueError("boom in agen")


async def bad_stop() -> AsyncIterator[int]:
    yield 1
    raise StopAsyncIteration


async def echo() -> AsyncGenerator[str, str]:
    got = "start"
    while True:
        msg = yield got
        await asyncio.sleep(0)
        got = msg.upper()


async def stubborn() -> AsyncGenerator[int, None]:
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def worker(name: str, it: AsyncIterator[int], log: list[str]) -> None:
    async for v in it:
        log.append(f"{name}:{v}")
        await asyncio.sleep(0)


async def main() -> None:
    t = ticks(5)
    print(await anext(t), await t.__anext__())
    await t.aclose()
    print("after aclose:", await anext(t, -1))
    async for v in ticks(2):
        print("tick", v)
    else:
        print("for-else ran")
    async for v in ticks(3):
        if v == 1:
            continue
        print("not skipped", v)
    try:
        async for v in failing():
            print("failing gave", v)
    except ValueError as e:
        print("caught", e)
    try:
        async for v in bad_stop():
            print("bad_stop gave", v)
    except RuntimeError as e:
        print("RuntimeError:", e)
    e = echo()
    print(await e.asend(None), await e.asend("a"), await e.asend("bc"))
    await e.aclose()
    s = stubborn()
    await anext(s)
    try:
        await s.aclose()
    except RuntimeError as err:
        print("RuntimeError:", err)
    log: list[str] = []
    await asyncio.gather(worker("x", ticks(3), log), worker("y", aiter(ticks(2)), log))
    print(log)
    print([v * 2 async for v in ticks(3) if v != 1])
    un = ticks(1)
    try:
        await un.athrow(KeyError("never started"))
    except KeyError as err:
        print("athrow on unstarted:", repr(err))
    print(await anext(un, 99))


asyncio.run(main())
