# Ported from CPython 3.11 Lib/test/test_asyncio/test_locks.py, LockTests:
# test_acquire, test_acquire_cancel, test_cancel_race,
# test_cancel_release_race, test_finished_waiter_cancelled,
# test_release_not_acquired, test_release_no_waiters, test_context_manager.
# Each scenario prints what the test asserts instead of asserting it.
import asyncio


async def test_acquire() -> None:
    lock = asyncio.Lock()
    result: list[int] = []
    print("acquire:", await lock.acquire())

    async def c1(result: list[int]) -> bool:
        if await lock.acquire():
            result.append(1)
        return True

    async def c2(result: list[int]) -> bool:
        if await lock.acquire():
            result.append(2)
        return True

    async def c3(result: list[int]) -> bool:
        if await lock.acquire():
            result.append(3)
        return True

    t1 = asyncio.create_task(c1(result))
    t2 = asyncio.create_task(c2(result))
    await asyncio.sleep(0)
    print(" ", result)
    lock.release()
    await asyncio.sleep(0)
    print(" ", result)
    await asyncio.sleep(0)
    print(" ", result)
    t3 = asyncio.create_task(c3(result))
    lock.release()
    await asyncio.sleep(0)
    print(" ", result)
    lock.release()
    await asyncio.sleep(0)
    print(" ", result)
    print(" ", t1.done(), t1.result(), t2.done(), t2.result(), t3.done(), t3.result())


async def test_acquire_cancel() -> None:
    lock = asyncio.Lock()
    print("acquire_cancel:", await lock.acquire())
    task = asyncio.create_task(lock.acquire())
    asyncio.get_running_loop().call_soon(task.cancel)
    try:
        await task
    except asyncio.CancelledError:
        print("  CancelledError", task.cancelled(), lock.locked())


async def test_cancel_race() -> None:
    lock = asyncio.Lock()
    order: list[str] = []

    async def lockit(name: str, blocker: "asyncio.Future[None] | None") -> None:
        await lock.acquire()
        order.append(name)
        try:
            if blocker is not None:
                await blocker
        finally:
            lock.release()

    fa: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    ta = asyncio.create_task(lockit("A", fa))
    await asyncio.sleep(0)
    print("cancel_race:", lock.locked())
    tb = asyncio.create_task(lockit("B", None))
    await asyncio.sleep(0)
    tc = asyncio.create_task(lockit("C", None))
    await asyncio.sleep(0)
    fa.set_result(None)
    tb.cancel()
    await asyncio.sleep(0)
    print(" ", lock.locked(), ta.done(), tb.cancelled())
    await tc
    print(" ", order, tc.done(), lock.locked())


async def test_cancel_release_race() -> None:
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    lock_count = 0
    call_count = 0

    async def lockit() -> None:
        nonlocal lock_count
        nonlocal call_count
        call_count += 1
        await lock.acquire()
        lock_count += 1

    def trigger() -> None:
        t1.cancel()
        lock.release()

    await lock.acquire()
    t1 = asyncio.create_task(lockit())
    t2 = asyncio.create_task(lockit())
    t3 = asyncio.create_task(lockit())
    await asyncio.sleep(0)
    loop.call_soon(trigger)
    try:
        await t1
    except asyncio.CancelledError:
        print("cancel_release_race: t1 cancelled")
    print(" ", lock_count, call_count, t1.cancelled() and t2.done())
    t3.cancel()
    await asyncio.sleep(0)
    print(" ", t3.cancelled())


async def test_finished_waiter_cancelled() -> None:
    lock = asyncio.Lock()
    await lock.acquire()
    print("finished_waiter_cancelled:", lock.locked())
    tb = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    tc = asyncio.create_task(lock.acquire())
    tb.cancel()
    lock.release()
    await asyncio.sleep(0)
    print(" ", lock.locked(), tb.cancelled())
    print(" ", await tc)


async def test_release() -> None:
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("release_not_acquired: RuntimeError", e)
    await lock.acquire()
    print("release_no_waiters:", lock.locked())
    lock.release()
    print(" ", lock.locked())
    async with lock:
        print("context_manager:", lock.locked())
    print(" ", lock.locked())


async def main() -> None:
    await test_acquire()
    await test_acquire_cancel()
    await test_cancel_race()
    await test_cancel_release_race()
    await test_finished_waiter_cancelled()
    await test_release()


asyncio.run(main())
# meta: order-sensitive (the order in which tasks run is what it prints)
