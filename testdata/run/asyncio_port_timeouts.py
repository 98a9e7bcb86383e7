# Ported from CPython 3.11 Lib/test/test_asyncio/test_timeouts.py:
# test_timeout_basic, test_timeout_at_basic, test_nested_timeouts,
# test_waiter_cancelled, test_timeout_not_called, test_timeout_disabled,
# test_timeout_at_disabled, test_timeout_zero, test_timeout_zero_sleep_zero,
# test_timeout_in_the_past_sleep_zero, test_foreign_exception_passed,
# test_foreign_exception_on_timeout,
# test_foreign_cancel_doesnt_timeout_if_not_expired,
# test_outer_task_is_not_cancelled, test_reschedule,
# test_timeout_after_cancellation, test_timeout_exception_cause; and
# test_waitfor.py: test_asyncio_wait_for_cancelled,
# test_asyncio_wait_for_timeout, test_wait_for_timeout_less_then_0_or_0*,
# test_wait_for, test_wait_for_race_condition,
# test_wait_for_waits_for_task_cancellation,
# test_wait_for_reraises_exception_during_cancellation,
# test_cancel_wait_for. Prints what the tests assert.
import asyncio


async def timeouts() -> None:
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout_basic: TimeoutError", cm.expired())
    deadline = loop.time() + 0.01
    try:
        async with asyncio.timeout_at(deadline) as cm2:
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout_at_basic:", cm2.expired(), cm2.when() == deadline)

    cancelled = False
    deadline = loop.time() + 0.01
    try:
        async with asyncio.timeout_at(deadline) as c1:
            try:
                async with asyncio.timeout_at(deadline) as c2:
                    await asyncio.sleep(10)
            except asyncio.CancelledError:
                cancelled = True
                raise
    except TimeoutError:
        print("nested_timeouts:", cancelled, c1.expired(), c2.expired())

    cancelled = False
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                cancelled = True
                raise
    except TimeoutError:
        print("waiter_cancelled:", cancelled)

    async with asyncio.timeout(10) as c3:
        await asyncio.sleep(0.01)
    t1 = loop.time()
    w = c3.when()
    print("timeout_not_called:", c3.expired(), w is not None and w > t1)
    async with asyncio.timeout(None) as c4:
        await asyncio.sleep(0.01)
    print("timeout_disabled:", c4.expired(), c4.when())
    async with asyncio.timeout_at(None) as c5:
        await asyncio.sleep(0.01)
    print("timeout_at_disabled:", c5.expired(), c5.when())

    for delay, sleep in ((0.0, 10.0), (0.0, 0.0), (-11.0, 0.0)):
        t0 = loop.time()
        try:
            async with asyncio.timeout(delay) as c6:
                await asyncio.sleep(sleep)
        except TimeoutError:
            w = c6.when()
            print("timeout", delay, sleep, ":", c6.expired(), w is not None and w <= loop.time(), w is not None and (w >= t0) == (delay == 0))

    try:
        async with asyncio.timeout(0.01) as c7:
            raise KeyError("k")
    except KeyError:
        print("foreign_exception_passed:", c7.expired())

    async def crash() -> None:
        try:
            await asyncio.sleep(1)
        finally:
            1 / 0

    try:
        async with asyncio.timeout(0.01):
            await crash()
    except ZeroDivisionError as e:
        print("foreign_exception_on_timeout:", e, type(e.__context__).__name__)

    try:
        async with asyncio.timeout(10) as c8:
            me = asyncio.current_task()
            if me is not None:
                me.cancel()
            await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("foreign_cancel_doesnt_timeout:", c8.expired())
        me = asyncio.current_task()
        if me is not None:
            me.uncancel()

    async def outer() -> None:
        try:
            async with asyncio.timeout(0.001):
                await asyncio.sleep(10)
        except TimeoutError:
            print("outer_task_is_not_cancelled: TimeoutError")

    task = asyncio.create_task(outer())
    await task
    print(" ", task.cancelled(), task.done())

    fut: asyncio.Future[asyncio.Timeout] = loop.create_future()
    deadline1 = loop.time() + 10
    deadline2 = deadline1 + 20

    async def f() -> None:
        async with asyncio.timeout_at(deadline1) as cm:
            fut.set_result(cm)
            await asyncio.sleep(50)

    rt = asyncio.create_task(f())
    cm9 = await fut
    print("reschedule:", cm9.when() == deadline1, end=" ")
    cm9.reschedule(deadline2)
    print(cm9.when() == deadline2, end=" ")
    cm9.reschedule(None)
    print(cm9.when(), end=" ")
    rt.cancel()
    try:
        await rt
    except asyncio.CancelledError:
        print("cancelled", cm9.expired())

    try:
        async with asyncio.timeout(0.001):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout_exception_cause:", type(e.__cause__).__name__)


async def wait_fors() -> None:
    loop = asyncio.get_running_loop()
    fut: asyncio.Future[None] = loop.create_future()

    async def inner() -> None:
        await fut

    t = asyncio.create_task(asyncio.wait_for(inner(), 10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("wait_for_cancelled:", t.cancelled())
    fut = loop.create_future()
    try:
        await asyncio.wait_for(fut, 0.01)
    except TimeoutError:
        print("wait_for_timeout:", fut.cancelled())

    done: asyncio.Future[str] = loop.create_future()
    done.set_result("done")
    print("timeout_0_future_done:", await asyncio.wait_for(done, 0))

    started = False

    async def coro() -> str:
        nonlocal started
        started = True
        return "ok"

    for timeout in (0.0, -1.0):
        started = False
        try:
            await asyncio.wait_for(coro(), timeout)
        except TimeoutError:
            print("timeout", timeout, ": TimeoutError started:", started)

    async def slow() -> str:
        await asyncio.sleep(0.01)
        return "foo"

    print("wait_for:", await asyncio.wait_for(slow(), 1.0), await asyncio.wait_for(slow(), None))

    quick: asyncio.Future[str] = loop.create_future()
    loop.call_soon(quick.set_result, "quick")
    print("race_condition:", await asyncio.wait_for(quick, 0.01))

    task_done = False

    async def foo() -> None:
        nonlocal task_done
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            await asyncio.sleep(0.01)
            task_done = True
            raise

    try:
        await asyncio.wait_for(foo(), 0.001)
    except TimeoutError:
        print("waits_for_task_cancellation:", task_done)

    async def reraiser() -> None:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            raise ZeroDivisionError("during cancellation")

    try:
        await asyncio.wait_for(reraiser(), 0.001)
    except ZeroDivisionError as e:
        print("reraises_exception_during_cancellation:", e)

    async def blocking() -> int:
        await asyncio.sleep(10)
        return 1

    wt = asyncio.create_task(asyncio.wait_for(blocking(), 5))
    await asyncio.sleep(0.01)
    wt.cancel()
    try:
        await wt
    except asyncio.CancelledError:
        print("cancel_wait_for:", wt.cancelled())


async def main() -> None:
    await timeouts()
    await wait_fors()


asyncio.run(main())
