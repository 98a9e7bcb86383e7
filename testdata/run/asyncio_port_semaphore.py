# Ported from CPython 3.11 Lib/test/test_asyncio/test_locks.py,
# SemaphoreTests: test_semaphore_value, test_acquire, test_acquire_cancel,
# test_acquire_cancel_before_awoken, test_acquire_hang,
# test_acquire_no_hang, test_release_not_acquired, test_release_no_waiters,
# test_acquire_fifo_order, test_acquire_fifo_order_2,
# test_acquire_fifo_order_3, test_context_manager. Prints what the tests
# assert.
import asyncio


async def acquire() -> None:
    sem = asyncio.Semaphore(3)
    result: list[int] = []
    print("acquire:", await sem.acquire(), await sem.acquire(), sem.locked())

    async def c(n: int, result: list[int]) -> bool:
        await sem.acquire()
        result.append(n)
        return True

    t1 = asyncio.create_task(c(1, result))
    t2 = asyncio.create_task(c(2, result))
    t3 = asyncio.create_task(c(3, result))
    await asyncio.sleep(0)
    print(" ", result, sem.locked())
    t4 = asyncio.create_task(c(4, result))
    sem.release()
    sem.release()
    await asyncio.sleep(0)
    print(" ", len(result), sem.locked(), t1.done(), t1.result())
    race_tasks = [t2, t3, t4]
    done_tasks = [t for t in race_tasks if t.done() and t.result()]
    print(" ", len(done_tasks))
    sem.release()
    print(" ", await asyncio.gather(*race_tasks))


async def cancels() -> None:
    sem = asyncio.Semaphore()
    await sem.acquire()
    acq = asyncio.create_task(sem.acquire())
    asyncio.get_running_loop().call_soon(acq.cancel)
    try:
        await acq
    except asyncio.CancelledError:
        print("acquire_cancel: CancelledError", sem.locked())

    sem = asyncio.Semaphore(value=0)
    t1 = asyncio.create_task(sem.acquire())
    t2 = asyncio.create_task(sem.acquire())
    t3 = asyncio.create_task(sem.acquire())
    t4 = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    t1.cancel()
    t2.cancel()
    sem.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    num_done = sum(t.done() for t in [t3, t4])
    print("cancel_before_awoken:", num_done, t3.done(), t4.done())
    t3.cancel()
    t4.cancel()
    await asyncio.sleep(0)

    sem = asyncio.Semaphore(value=0)
    u1 = asyncio.create_task(sem.acquire())
    u2 = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    u1.cancel()
    sem.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("acquire_hang:", sem.locked(), u2.done())


async def no_hang() -> None:
    sem = asyncio.Semaphore(1)

    async def c1() -> None:
        async with sem:
            await asyncio.sleep(0)
        t2.cancel()

    async def c2() -> None:
        async with sem:
            print("never")

    t1 = asyncio.create_task(c1())
    t2 = asyncio.create_task(c2())
    r1, r2 = await asyncio.gather(t1, t2, return_exceptions=True)
    print("acquire_no_hang:", r1 is None, isinstance(r2, asyncio.CancelledError))
    print(" ", await asyncio.wait_for(sem.acquire(), timeout=1.0))


async def values() -> None:
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("semaphore_value: ValueError", e)
    bsem = asyncio.BoundedSemaphore()
    try:
        bsem.release()
    except ValueError as e:
        print("release_not_acquired: ValueError", e)
    sem = asyncio.Semaphore()
    await sem.acquire()
    print("release_no_waiters:", sem.locked(), end=" ")
    sem.release()
    print(sem.locked())
    async with sem:
        print("context_manager:", sem.locked())
    print(" ", sem.locked())
    bsem2 = asyncio.BoundedSemaphore(2)
    async with bsem2:
        async with bsem2:
            print("bounded:", bsem2.locked())
    print(" ", bsem2.locked())


async def fifo() -> None:
    sem = asyncio.Semaphore(1)
    result: list[str] = []

    async def coro(tag: str) -> None:
        await sem.acquire()
        result.append(f"{tag}_1")
        await asyncio.sleep(0.01)
        sem.release()
        await sem.acquire()
        result.append(f"{tag}_2")
        await asyncio.sleep(0.01)
        sem.release()

    async with asyncio.TaskGroup() as tg:
        tg.create_task(coro("c1"))
        tg.create_task(coro("c2"))
        tg.create_task(coro("c3"))
    print("fifo_order:", result)

    sem = asyncio.Semaphore(1)
    res: list[int] = []

    async def d1(result: list[int]) -> bool:
        await sem.acquire()
        result.append(1)
        return True

    async def d2(result: list[int]) -> bool:
        await sem.acquire()
        result.append(2)
        sem.release()
        await sem.acquire()
        result.append(4)
        return True

    async def d3(result: list[int]) -> bool:
        await sem.acquire()
        result.append(3)
        return True

    tasks = [asyncio.create_task(d1(res)), asyncio.create_task(d2(res)), asyncio.create_task(d3(res))]
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    await asyncio.gather(*tasks)
    print("fifo_order_2:", res)

    sem = asyncio.Semaphore(0)
    res3: list[int] = []
    tasks = [asyncio.create_task(d1(res3)), asyncio.create_task(d3(res3)), asyncio.create_task(d1(res3))]
    await asyncio.sleep(0)
    tasks[0].cancel()
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    out = await asyncio.gather(*tasks, return_exceptions=True)
    print("fifo_order_3:", res3, [type(o).__name__ for o in out])


async def main() -> None:
    await acquire()
    await cancels()
    await no_hang()
    await values()
    await fifo()


asyncio.run(main())
# meta: order-sensitive (the order in which tasks run is what it prints)
