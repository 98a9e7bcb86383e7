# Ported from CPython 3.11 Lib/test/test_asyncio/test_taskgroups.py:
# test_taskgroup_01..04, test_cancel_children_on_child_error,
# test_cancellation (outer cancel of a group), test_taskgroup_08 (errors
# of several children), test_taskgroup_task_name,
# test_taskgroup_no_create_task_after_failure, test_taskgroup_finished,
# test_taskgroup_not_entered; sleeps scaled down. Prints what the tests
# assert.
import asyncio


async def basics() -> None:
    async def foo1() -> int:
        await asyncio.sleep(0.01)
        return 42

    async def foo2() -> int:
        await asyncio.sleep(0.02)
        return 11

    async with asyncio.TaskGroup() as g:
        t1 = g.create_task(foo1())
        t2 = g.create_task(foo2())
    print("taskgroup_01:", t1.result(), t2.result())

    async with asyncio.TaskGroup() as g:
        t1 = g.create_task(foo1())
        await asyncio.sleep(0.015)
        t2 = g.create_task(foo2())
    print("taskgroup_02:", t1.result(), t2.result())

    async def slow() -> int:
        await asyncio.sleep(1)
        return 42

    async with asyncio.TaskGroup() as g:
        t3 = g.create_task(slow())
        await asyncio.sleep(0.015)
        t3.cancel()
        t4 = g.create_task(foo2())
    print("taskgroup_03:", t3.cancelled(), t4.result())


async def failures() -> None:
    num = 0
    t2_cancel = False
    tasks: list[asyncio.Task[None]] = []

    async def foo1() -> None:
        await asyncio.sleep(0.01)
        1 / 0

    async def foo2() -> None:
        nonlocal num, t2_cancel
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            t2_cancel = True
            raise
        num += 1

    async def runner() -> None:
        nonlocal num
        async with asyncio.TaskGroup() as g:
            g.create_task(foo1())
            tasks.append(g.create_task(foo2()))
        num += 10

    try:
        await asyncio.create_task(runner())
    except* ZeroDivisionError as eg:
        print("taskgroup_04:", [type(e).__name__ for e in eg.exceptions])
    print(" ", num, t2_cancel, tasks[0].cancelled())

    async def zero() -> None:
        await asyncio.sleep(0.01)
        1 / 0

    async def value_error() -> None:
        await asyncio.sleep(0.01)
        raise ValueError("bad")

    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(zero())
            g.create_task(value_error())
            g.create_task(asyncio.sleep(1))
    except* ZeroDivisionError as eg:
        print("taskgroup_08: ZeroDivisionError x", len(eg.exceptions))
    except* ValueError as eg:
        print("  ValueError:", eg.exceptions[0])

    runner_cancel = False

    async def runner2() -> None:
        nonlocal runner_cancel
        async with asyncio.TaskGroup() as g:
            g.create_task(zero())
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                runner_cancel = True
                raise

    r = asyncio.create_task(runner2())
    try:
        await r
    except* ZeroDivisionError:
        print("cancel_children_on_child_error:", runner_cancel, r.done(), r.cancelled())


async def cancellation() -> None:
    num = 0

    async def foo() -> None:
        nonlocal num
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            num += 1
            raise

    async def runner() -> None:
        async with asyncio.TaskGroup() as g:
            for _ in range(5):
                g.create_task(foo())
            await asyncio.sleep(10)

    r = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    print("cancellation:", r.done(), end=" ")
    r.cancel()
    try:
        await r
    except asyncio.CancelledError:
        print(num, r.cancelled())

    async def named() -> None:
        async with asyncio.TaskGroup() as g:
            t = g.create_task(asyncio.sleep(0), name="example name")
            print("task_name:", t.get_name())

    await named()

    async def fail() -> None:
        await asyncio.sleep(0)
        raise ValueError("boom")

    async def late() -> None:
        await asyncio.sleep(0.01)

    g2 = asyncio.TaskGroup()
    try:
        async with g2:
            g2.create_task(fail())
            await asyncio.sleep(0.01)
    except* ValueError:
        print("no_create_task_after_failure: ValueError")
    coro = late()
    try:
        g2.create_task(coro)
    except RuntimeError as e:
        print("  RuntimeError:", e)

    g3 = asyncio.TaskGroup()
    coro3 = late()
    try:
        g3.create_task(coro3)
    except RuntimeError as e:
        print("taskgroup_not_entered: RuntimeError", e)


async def main() -> None:
    await basics()
    await failures()
    await cancellation()


asyncio.run(main())
