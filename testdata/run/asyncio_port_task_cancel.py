# Ported from CPython 3.11 Lib/test/test_asyncio/test_tasks.py (the parts
# without mocks or private attributes): test_task_cancel_message_getter,
# test_cancelling, test_uncancel_basic, test_uncancel_structured_blocks,
# test_cancel, test_cancel_with_message_then_future_result,
# test_cancel_with_message_before_starting_task, test_cancel_yield,
# test_cancel_inner_future, test_cancel_both_task_and_inner_future,
# test_cancel_task_catching, test_cancel_task_ignoring,
# test_cancel_current_task, test_cancel_at_end, test_cancel_awaited_task,
# test_current_task, test_current_task_with_interleaving_tasks,
# test_task_basics. Each prints what the test asserts.
import asyncio


async def message() -> None:
    async def coro() -> None:
        pass

    t = asyncio.create_task(coro())
    t.cancel("my message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancel_message:", e.args)

    async def sleeper() -> None:
        await asyncio.sleep(10)

    t2 = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("cancelling:", t2.cancelling(), t2.cancel(), t2.cancelling(), t2.cancel(), t2.cancelling())
    try:
        await t2
    except asyncio.CancelledError:
        print("  cancelled", t2.cancelled())


async def uncancel_basic() -> None:
    async def task() -> None:
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            me = asyncio.current_task()
            if me is not None:
                me.uncancel()
            await asyncio.sleep(10)

    t = asyncio.create_task(task())
    await asyncio.sleep(0.01)
    print("uncancel_basic:", t.cancel(), t.cancelling(), t.cancelled())
    await asyncio.sleep(0.01)
    print(" ", t.cancelling(), t.cancelled())
    print(" ", t.cancel(), t.cancelling(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("  CancelledError", t.cancelled(), t.done())
    t.uncancel()
    print(" ", t.cancelled(), t.done())


async def make_request_with_timeout(sleep: float, timeout: float) -> tuple[bool, bool, bool]:
    task = asyncio.current_task()
    assert task is not None
    loop = task.get_loop()
    timed_out = False
    structured_block_finished = False
    outer_code_reached = False

    def on_timeout() -> None:
        nonlocal timed_out
        timed_out = True
        if task is not None:
            task.cancel()

    timeout_handle = loop.call_later(timeout, on_timeout)
    try:
        try:
            await asyncio.sleep(sleep)
            structured_block_finished = True
        except asyncio.CancelledError:
            if timed_out and task.uncancel() == 0:
                raise TimeoutError
            raise
        finally:
            timeout_handle.cancel()
    except TimeoutError:
        print("  timed out:", timed_out)
    outer_code_reached = True
    await asyncio.sleep(0)
    return timed_out, structured_block_finished, outer_code_reached


async def uncancel_structured() -> None:
    print("uncancel_structured_blocks:")
    t1 = asyncio.create_task(make_request_with_timeout(sleep=10.0, timeout=0.01))
    print(" ", await t1, t1.cancelling())
    t2 = asyncio.create_task(make_request_with_timeout(sleep=0, timeout=10.0))
    print(" ", await t2, t2.cancelling())


async def cancels() -> None:
    async def task() -> int:
        await asyncio.sleep(10.0)
        return 12

    t = asyncio.create_task(task())
    await asyncio.sleep(0)
    print("cancel:", t.cancel(), t.cancelled(), end=" ")
    try:
        await t
    except asyncio.CancelledError:
        print(t.cancelled(), t.cancel())

    t = asyncio.create_task(task())
    await asyncio.sleep(0)
    t.cancel("my message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancel_with_message:", e.args, t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("  result():", e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("  exception():", e.args)

    t = asyncio.create_task(task())
    t.cancel("before start")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancel_before_starting:", e.args)

    async def task_yield() -> int:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        return 12

    t = asyncio.create_task(task_yield())
    await asyncio.sleep(0)
    print("cancel_yield:", t.cancel(), end=" ")
    try:
        await t
    except asyncio.CancelledError:
        print(t.cancelled(), t.cancel())


async def inner_future() -> None:
    loop = asyncio.get_running_loop()
    f: asyncio.Future[int] = loop.create_future()

    async def task() -> int:
        await f
        return 12

    t = asyncio.create_task(task())
    await asyncio.sleep(0)
    f.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancel_inner_future:", f.cancelled(), t.cancelled())

    f = loop.create_future()
    t = asyncio.create_task(task())
    await asyncio.sleep(0)
    f.cancel()
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancel_both:", t.done(), f.cancelled(), t.cancelled())

    fut1: asyncio.Future[int] = loop.create_future()
    fut2: asyncio.Future[int] = loop.create_future()

    async def catching() -> int:
        await fut1
        try:
            await fut2
        except asyncio.CancelledError:
            return 42
        return 0

    t = asyncio.create_task(catching())
    await asyncio.sleep(0)
    fut1.set_result(1)
    await asyncio.sleep(0)
    print("cancel_task_catching:", t.cancel(), end=" ")
    print(await t, t.cancelled(), fut2.cancelled())

    fut3: asyncio.Future[int] = loop.create_future()
    fut4: asyncio.Future[int] = loop.create_future()
    fut5: asyncio.Future[int] = loop.create_future()

    async def ignoring() -> int:
        await fut3
        try:
            await fut4
        except asyncio.CancelledError:
            pass
        res = await fut5
        return res

    t = asyncio.create_task(ignoring())
    await asyncio.sleep(0)
    fut3.set_result(1)
    await asyncio.sleep(0)
    print("cancel_task_ignoring:", t.cancel(), end=" ")
    await asyncio.sleep(0)
    print(fut4.cancelled(), fut5.done(), end=" ")
    fut5.set_result(42)
    print(await t, t.cancelled())


async def current() -> None:
    async def task() -> int:
        me = asyncio.current_task()
        assert me is not None
        print("cancel_current_task:", me.cancel(), me.cancelled())
        await asyncio.sleep(0)
        return 12

    t = asyncio.create_task(task())
    try:
        await t
    except asyncio.CancelledError:
        print("  cancelled", t.cancelled())

    async def at_end() -> int:
        me = asyncio.current_task()
        assert me is not None
        print("cancel_at_end:", me.cancel(), me.cancelled())
        return 12

    t = asyncio.create_task(at_end())
    try:
        await t
    except asyncio.CancelledError:
        print("  cancelled", t.cancelled())

    async def inner() -> None:
        await asyncio.sleep(10)

    async def outer() -> None:
        task = asyncio.create_task(inner())
        await asyncio.sleep(0)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print("cancel_awaited_task: inner cancelled", task.cancelled())
            raise

    to = asyncio.create_task(outer())
    try:
        await to
    except asyncio.CancelledError:
        print("  outer", to.cancelled())

    me = asyncio.current_task()
    print("current_task:", me is not None and me.get_name() != "")
    fut1: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
    fut2: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
    order: list[str] = []

    async def coro1(name: str, fut: "asyncio.Future[bool]") -> None:
        t = asyncio.current_task()
        order.append(f"{name} {t is not None and t.get_name() == name}")
        await fut
        t2 = asyncio.current_task()
        order.append(f"{name} again {t2 is t}")

    ta = asyncio.create_task(coro1("A", fut1), name="A")
    tb = asyncio.create_task(coro1("B", fut2), name="B")
    await asyncio.sleep(0)
    fut2.set_result(True)
    await asyncio.sleep(0)
    fut1.set_result(True)
    await asyncio.gather(ta, tb)
    print("interleaving:", order)


async def basics() -> None:
    async def outer() -> int:
        a = await inner1()
        b = await inner2()
        return a + b

    async def inner1() -> int:
        return 42

    async def inner2() -> int:
        return 1000

    t = asyncio.create_task(outer())
    print("task_basics:", await t, t.done(), t.result(), t.exception())


async def main() -> None:
    await message()
    await uncancel_basic()
    await uncancel_structured()
    await cancels()
    await inner_future()
    await current()
    await basics()


asyncio.run(main())
