# Ported from CPython 3.11 Lib/test/test_asyncgen.py: finalization of
# asynchronous generators under asyncio (test_async_gen_asyncio_shutdown_01,
# test_async_gen_asyncio_shutdown_02, test_asyncgen_nonstarted_hooks_are_cancellable,
# test_async_gen_expression_01 and 02 (as
# comprehensions)): a generator
# left by break is closed by a task the loop's finalizer hook starts, a
# generator still referenced is closed by asyncio.run's shutdown_asyncgens,
# after the leftover tasks were cancelled. Each step prints.
import asyncio
from collections.abc import AsyncGenerator, AsyncIterator


async def waiter(name: str, timeout: float) -> AsyncGenerator[int, None]:
    try:
        await asyncio.sleep(timeout)
        yield 1
    finally:
        await asyncio.sleep(0)
        print("  finalized", name)


async def shutdown_01() -> None:
    async def wait(name: str) -> None:
        async for _ in waiter(name, 1):
            pass

    t1 = asyncio.create_task(wait("t1"))
    t2 = asyncio.create_task(wait("t2"))
    await asyncio.sleep(0.01)
    t1.cancel()
    t2.cancel()
    for t in [t1, t2]:
        try:
            await t
        except asyncio.CancelledError:
            print("shutdown_01: cancelled")


async def counted(name: str) -> AsyncGenerator[int, None]:
    try:
        for i in range(3):
            print("  ", name, "yields", i)
            yield i
    finally:
        t = asyncio.current_task()
        print("  ", name, "finally in", t.get_name() if t is not None else None)


async def break_out() -> None:
    async for i in counted("direct"):
        print("break_out got", i)
        break
    print("break_out after loop")
    await asyncio.sleep(0)
    print("break_out after sleep(0)")
    await asyncio.sleep(0)
    print("break_out after second sleep(0)")


async def expressions() -> None:
    async def arange(n: int) -> AsyncIterator[int]:
        for i in range(n):
            await asyncio.sleep(0)
            yield i

    print("expression_01:", [i * 2 async for i in arange(5)])

    async def wrap(n: int) -> int:
        await asyncio.sleep(0)
        return n

    async def run() -> list[int]:
        return [i * 2 async for i in arange(6) if await wrap(i)]

    print("expression_02:", await run())


kept: list[AsyncGenerator[int, None]] = []


async def break_in_task() -> None:
    async def consumer(label: str) -> int:
        found = -1
        async for i in counted(label):
            if i == 1:
                found = i
                break
        return found

    t = asyncio.create_task(consumer("in-task"))
    print("break_in_task:", await t)
    async for i in counted("nested"):
        async for j in counted("inner"):
            print("nested", i, j)
            break
        break
    print("nested loops left")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("break_in_task done")


async def kept_until_shutdown() -> None:
    it = counted("kept")
    kept.append(it)
    async for i in it:
        print("kept got", i)
        break
    print("kept_until_shutdown returns")


async def leftover() -> None:
    try:
        await asyncio.sleep(10)
    finally:
        print("  leftover task cancelled at shutdown")


async def main() -> None:
    await shutdown_01()
    await break_out()
    await expressions()
    await break_in_task()
    await kept_until_shutdown()
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("after run")
