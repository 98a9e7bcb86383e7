# Ported from CPython 3.11 Lib/test/test_asyncio/test_waitfor.py:
# test_wait_for_blocking, test_wait_for_cancellation_race_condition,
# test_wait_for_waits_for_task_cancellation_w_timeout_0,
# test_wait_for_self_cancellation, test_cancel_blocking_wait_for,
# test_cancel_wait_for, plus wait_for on futures and on a task that
# finishes exactly when the timeout fires. Each step prints.
import asyncio


async def blocking() -> None:
    async def coro() -> str:
        return "done"

    print("blocking:", await asyncio.wait_for(coro(), timeout=None))


async def cancellation_race() -> None:
    async def inner() -> int:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("  inner swallowed the cancellation")
        return 1

    print("cancellation_race:", await asyncio.wait_for(inner(), timeout=0.01))


async def timeout_0() -> None:
    task_done: list[bool] = []

    async def foo() -> None:
        async def inner() -> None:
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                await asyncio.sleep(0.001)
                raise
            finally:
                task_done.append(True)

        inner_task = asyncio.create_task(inner())
        await asyncio.sleep(0.001)
        await asyncio.wait_for(inner_task, timeout=0)

    try:
        await foo()
    except asyncio.TimeoutError as e:
        print("timeout_0:", task_done, repr(e.__context__))


async def self_cancellation() -> None:
    async def inner() -> int:
        try:
            await asyncio.sleep(0.03)
        except asyncio.CancelledError:
            print("  inner: first cancel")
            try:
                await asyncio.sleep(0.03)
            except asyncio.CancelledError:
                print("  inner: second cancel")
                await asyncio.sleep(0.03)
        return 42

    inner_task = asyncio.create_task(inner())
    task = asyncio.create_task(asyncio.wait_for(inner_task, timeout=0.01))
    await asyncio.sleep(0.02)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("self_cancellation: wait_for cancelled")
    print("self_cancellation: inner", await inner_task)


async def cancel_wait_for(timeout: float | None) -> None:
    loop = asyncio.get_running_loop()

    async def blocking_coroutine() -> None:
        fut: asyncio.Future[None] = loop.create_future()
        await fut

    task = asyncio.create_task(blocking_coroutine())
    wait = asyncio.create_task(asyncio.wait_for(task, timeout))
    loop.call_soon(wait.cancel)
    try:
        await wait
    except asyncio.CancelledError:
        print("cancel_wait_for", timeout, ": task cancelled", task.cancelled())


async def futures() -> None:
    loop = asyncio.get_running_loop()
    fut: asyncio.Future[str] = loop.create_future()
    loop.call_later(0.01, fut.set_result, "value")
    print("future:", await asyncio.wait_for(fut, 1))
    fut2: asyncio.Future[str] = loop.create_future()
    try:
        await asyncio.wait_for(fut2, 0.01)
    except asyncio.TimeoutError:
        print("future timed out; cancelled:", fut2.cancelled())
    fut3: asyncio.Future[str] = loop.create_future()
    fut3.set_result("ready")
    print("done future, timeout 0:", await asyncio.wait_for(fut3, 0))
    fut4: asyncio.Future[str] = loop.create_future()
    fut4.set_exception(KeyError("boom"))
    try:
        await asyncio.wait_for(fut4, 0)
    except KeyError as e:
        print("failed future, timeout 0:", repr(e))


async def main() -> None:
    await blocking()
    await cancellation_race()
    await timeout_0()
    await self_cancellation()
    await cancel_wait_for(None)
    await cancel_wait_for(60.0)
    await futures()


asyncio.run(main())
