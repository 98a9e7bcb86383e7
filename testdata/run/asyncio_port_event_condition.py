# Ported from CPython 3.11 Lib/test/test_asyncio/test_locks.py, EventTests
# (test_wait, test_wait_on_set, test_wait_cancel, test_clear,
# test_clear_with_waiters) and ConditionTests (test_wait, test_wait_cancel,
# test_wait_cancel_contested, test_wait_cancel_after_notify,
# test_wait_unacquired, test_wait_for, test_wait_for_unacquired,
# test_notify, test_notify_all, test_notify_unacquired, test_context_manager,
# test_explicit_lock). Scenarios print what the tests assert.
import asyncio


async def event_wait() -> None:
    ev = asyncio.Event()
    print("event wait:", ev.is_set())
    result: list[int] = []

    async def c(n: int, result: list[int]) -> None:
        if await ev.wait():
            result.append(n)

    t1 = asyncio.create_task(c(1, result))
    t2 = asyncio.create_task(c(2, result))
    await asyncio.sleep(0)
    print(" ", result)
    t3 = asyncio.create_task(c(3, result))
    ev.set()
    await asyncio.sleep(0)
    print(" ", result, t1.done(), t1.result(), t2.result(), t3.done(), t3.result())
    ev2 = asyncio.Event()
    ev2.set()
    print("wait_on_set:", await ev2.wait())
    wait = asyncio.create_task(ev.wait())
    ev.clear()
    wait = asyncio.create_task(ev.wait())
    asyncio.get_running_loop().call_soon(wait.cancel)
    try:
        await wait
    except asyncio.CancelledError:
        print("wait_cancel: CancelledError", wait.cancelled())
    ev3 = asyncio.Event()
    ev3.set()
    print("clear:", ev3.is_set(), end=" ")
    ev3.clear()
    print(ev3.is_set())


async def event_clear_with_waiters() -> None:
    ev = asyncio.Event()
    result: list[int] = []

    async def c1(result: list[int]) -> bool:
        if await ev.wait():
            result.append(1)
        return True

    t = asyncio.create_task(c1(result))
    await asyncio.sleep(0)
    print("clear_with_waiters:", result)
    ev.set()
    ev.clear()
    print(" ", ev.is_set())
    ev.set()
    ev.set()
    await asyncio.sleep(0)
    print(" ", result, t.done(), t.result())


async def condition_wait() -> None:
    cond = asyncio.Condition()
    result: list[int] = []

    async def c(n: int, result: list[int]) -> bool:
        await cond.acquire()
        if await cond.wait():
            result.append(n)
        return True

    t1 = asyncio.create_task(c(1, result))
    t2 = asyncio.create_task(c(2, result))
    t3 = asyncio.create_task(c(3, result))
    await asyncio.sleep(0)
    print("condition wait:", result, cond.locked())
    print(" ", await cond.acquire())
    cond.notify()
    await asyncio.sleep(0)
    print(" ", result, cond.locked())
    cond.release()
    await asyncio.sleep(0)
    print(" ", result, cond.locked())
    cond.notify(2)
    await asyncio.sleep(0)
    print(" ", result, cond.locked())
    cond.release()
    await asyncio.sleep(0)
    print(" ", result, cond.locked())
    cond.release()
    await asyncio.sleep(0)
    print(" ", result, cond.locked())
    print(" ", t1.done(), t1.result(), t2.done(), t2.result(), t3.done(), t3.result())


async def condition_cancel() -> None:
    cond = asyncio.Condition()
    await cond.acquire()
    wait = asyncio.create_task(cond.wait())
    asyncio.get_running_loop().call_soon(wait.cancel)
    try:
        await wait
    except asyncio.CancelledError:
        print("condition wait_cancel:", cond.locked())
    cond.release()

    await cond.acquire()
    wait_task = asyncio.create_task(cond.wait())
    await asyncio.sleep(0)
    print("wait_cancel_contested:", cond.locked())
    await cond.acquire()
    print(" ", cond.locked())
    cond.notify()
    asyncio.get_running_loop().call_soon(wait_task.cancel)
    asyncio.get_running_loop().call_soon(cond.release)
    try:
        await wait_task
        print("  not cancelled")
    except asyncio.CancelledError:
        print("  cancelled")
    print(" ", cond.locked())
    cond.release()

    waited = False
    cond2 = asyncio.Condition()

    async def wait_on_cond() -> None:
        nonlocal waited
        async with cond2:
            waited = True
            await cond2.wait()

    waiter = asyncio.create_task(wait_on_cond())
    await asyncio.sleep(0)
    await cond2.acquire()
    cond2.notify()
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    cond2.release()
    await asyncio.sleep(0)
    print("wait_cancel_after_notify:", waiter.cancelled(), waited)

    cond3 = asyncio.Condition()
    try:
        await cond3.wait()
    except RuntimeError as e:
        print("wait_unacquired: RuntimeError", e)
    try:
        cond3.notify()
    except RuntimeError as e:
        print("notify_unacquired: RuntimeError", e)
    try:
        cond3.notify_all()
    except RuntimeError as e:
        print("notify_all_unacquired: RuntimeError", e)


async def condition_wait_for() -> None:
    cond = asyncio.Condition()
    presult = False

    def predicate() -> bool:
        return presult

    result: list[int] = []

    async def c1(result: list[int]) -> bool:
        await cond.acquire()
        if await cond.wait_for(predicate):
            result.append(1)
            cond.release()
        return True

    t = asyncio.create_task(c1(result))
    await asyncio.sleep(0)
    print("wait_for:", result)
    await cond.acquire()
    cond.notify()
    cond.release()
    await asyncio.sleep(0)
    print(" ", result)
    presult = True
    await cond.acquire()
    cond.notify()
    cond.release()
    await asyncio.sleep(0)
    print(" ", result, t.done(), t.result())

    cond2 = asyncio.Condition()
    res = await cond2.wait_for(lambda: [1, 2, 3])
    print("wait_for_unacquired:", res)
    try:
        await cond2.wait_for(lambda: False)
    except RuntimeError as e:
        print("  RuntimeError", e)


async def condition_notify() -> None:
    cond = asyncio.Condition()
    result: list[int] = []

    async def c(n: int, result: list[int]) -> bool:
        await cond.acquire()
        if await cond.wait():
            result.append(n)
            cond.release()
        return True

    t1 = asyncio.create_task(c(1, result))
    t2 = asyncio.create_task(c(2, result))
    t3 = asyncio.create_task(c(3, result))
    await asyncio.sleep(0)
    print("notify:", result)
    await cond.acquire()
    cond.notify(1)
    cond.release()
    await asyncio.sleep(0)
    print(" ", result)
    await cond.acquire()
    cond.notify(1)
    cond.notify(2048)
    cond.release()
    await asyncio.sleep(0)
    print(" ", result, t1.result(), t2.result(), t3.result())

    result.clear()
    u1 = asyncio.create_task(c(1, result))
    u2 = asyncio.create_task(c(2, result))
    await asyncio.sleep(0)
    await cond.acquire()
    cond.notify_all()
    cond.release()
    await asyncio.sleep(0)
    print("notify_all:", result, u1.done(), u2.done())


async def condition_lock() -> None:
    cond = asyncio.Condition()
    async with cond:
        print("context_manager:", cond.locked())
    print(" ", cond.locked())
    lock = asyncio.Lock()
    cond2 = asyncio.Condition(lock)
    await lock.acquire()
    print("explicit_lock:", cond2.locked())
    lock.release()
    print(" ", cond2.locked())
    async with cond2:
        print(" ", lock.locked())


async def main() -> None:
    await event_wait()
    await event_clear_with_waiters()
    await condition_wait()
    await condition_cancel()
    await condition_wait_for()
    await condition_notify()
    await condition_lock()


asyncio.run(main())
# meta: order-sensitive (the order in which tasks run is what it prints)
