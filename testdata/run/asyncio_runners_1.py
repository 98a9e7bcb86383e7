# Ported from CPython 3.11 Lib/test/test_asyncio/test_runners.py:
# test_asyncio_run_return, test_asyncio_run_raises,
# test_asyncio_run_from_running_loop, test_asyncio_run_cancels_hanging_tasks,
# test_asyncio_run_reports_hanging_tasks_errors (the report goes to stderr),
# test_asyncio_run_closes_gens_after_hanging_tasks_errors, plus the order of
# shutdown: leftover tasks are cancelled together, then async generators
# are closed; each asyncio.run gets a fresh loop.
import asyncio
from collections.abc import AsyncIterator


async def ret() -> int:
    await asyncio.sleep(0)
    return 42


async def raises() -> int:
    await asyncio.sleep(0)
    raise ValueError("spam")


async def nested_run() -> None:
    coro = ret()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("nested:", e)
    print("nested coroutine awaited after all:", await coro)


leftovers: list[asyncio.Task[None]] = []


async def leftover(n: int) -> None:
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("  leftover", n, "cancelled at shutdown")
        raise
    finally:
        print("  leftover", n, "finally")


async def hanging() -> int:
    # One leftover: CPython cancels them in the order of a set of tasks.
    leftovers.append(asyncio.create_task(leftover(0)))
    await asyncio.sleep(0)
    print("  main returns")
    return 123


async def bad_leftover() -> None:
    try:
        await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print("  bad leftover raises ZeroDivisionError")
        print(1 / 0)


async def hanging_error() -> int:
    leftovers.append(asyncio.create_task(bad_leftover()))
    await asyncio.sleep(0)
    return 7


class FancyExit(Exception):
    pass


async def fidget() -> AsyncIterator[int]:
    try:
        while True:
            yield 1
            await asyncio.sleep(1)
    finally:
        print("  fidget finally")


async def spin() -> None:
    try:
        async for _ in fidget():
            pass
    except asyncio.CancelledError:
        print("  spin cancelled")
        print(1 / 0)


async def gens() -> None:
    leftovers.append(asyncio.create_task(spin()))
    await asyncio.sleep(0)
    raise FancyExit


print("return:", asyncio.run(ret()))
try:
    asyncio.run(raises())
except ValueError as e:
    print("raises:", repr(e))
asyncio.run(nested_run())
print("hanging:", asyncio.run(hanging()))
print("leftovers done:", [t.done() for t in leftovers], [t.cancelled() for t in leftovers])
leftovers.clear()
print("hanging error:", asyncio.run(hanging_error()))
print("bad leftover:", leftovers[0].done(), leftovers[0].cancelled(), repr(leftovers[0].exception()))
leftovers.clear()
try:
    asyncio.run(gens())
except FancyExit as e:
    print("gens:", repr(e), leftovers[0].done())
