# Ported from CPython 3.11 Lib/test/test_asyncio/test_locks.py: the
# test_repr tests of Lock, Event, Condition and Semaphore (the bracketed
# state after the address, which varies between runs), test_semaphore,
# test_semaphore_value, test_initial_value_zero, SemaphoreTests.test_acquire,
# test_release_not_acquired (Lock, BoundedSemaphore), test_timeout_in_block,
# test_notify_unacquired, test_notify_all_unacquired, test_wait_unacquired,
# plus Lock fairness (no stealing from woken waiters) and the FIFO order of
# Event and Condition waiters.
import asyncio


def state(obj: object) -> str:
    r = repr(obj)
    return r[r.index("<") + 1 : r.index(" object at ")] + " " + r[r.rindex("[") :]


async def lock_repr() -> None:
    lock = asyncio.Lock()
    print("lock:", state(lock), lock.locked())
    await lock.acquire()
    print("lock:", state(lock), lock.locked())

    async def waiter() -> None:
        async with lock:
            pass

    t1 = asyncio.create_task(waiter())
    t2 = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print("lock:", state(lock))
    lock.release()
    print("lock released:", state(lock))
    await asyncio.gather(t1, t2)
    print("lock:", state(lock))
    try:
        lock.release()
    except RuntimeError as e:
        print("release unlocked:", e)


async def event_repr() -> None:
    ev = asyncio.Event()
    print("event:", state(ev), ev.is_set())

    async def waiter(n: int) -> None:
        r = await ev.wait()
        print("  waiter", n, r)

    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("event:", state(ev))
    ev.set()
    print("event:", state(ev), ev.is_set())
    await asyncio.gather(*ts)
    ev.clear()
    print("event cleared:", state(ev))
    ev.set()
    print("wait on set:", await ev.wait())


async def condition_repr() -> None:
    cond = asyncio.Condition()
    print("cond:", state(cond))
    await cond.acquire()
    print("cond:", state(cond), cond.locked())

    async def waiter(n: int) -> None:
        async with cond:
            r = await cond.wait()
            print("  cond waiter", n, r)

    cond.release()
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("cond:", state(cond))
    async with cond:
        cond.notify(2)
        print("notified 2:", state(cond))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print("cond:", state(cond))
    for name in ["notify", "notify_all", "wait"]:
        try:
            if name == "notify":
                cond.notify()
            elif name == "notify_all":
                cond.notify_all()
            else:
                await cond.wait()
        except RuntimeError as e:
            print(name, "unacquired:", e)


async def semaphore_repr() -> None:
    sem = asyncio.Semaphore()
    print("sem:", state(sem), sem.locked())
    print("acquire:", await sem.acquire())
    print("sem:", state(sem), sem.locked())

    async def waiter() -> None:
        async with sem:
            pass

    ts = [asyncio.create_task(waiter()) for _ in range(2)]
    await asyncio.sleep(0)
    print("sem:", state(sem))
    sem.release()
    await asyncio.gather(*ts)
    print("sem:", state(sem))
    bsem = asyncio.BoundedSemaphore(2)
    print("bsem:", state(bsem))
    await bsem.acquire()
    print("bsem:", state(bsem))
    bsem.release()
    try:
        bsem.release()
    except ValueError as e:
        print("bounded:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("negative:", e)
    zero = asyncio.Semaphore(0)
    print("zero:", state(zero), zero.locked())


async def semaphore_acquire() -> None:
    sem = asyncio.Semaphore(3)
    result: list[int] = []
    print("acquire:", await sem.acquire(), await sem.acquire(), sem.locked())

    async def c(n: int) -> bool:
        await sem.acquire()
        result.append(n)
        return True

    t1 = asyncio.create_task(c(1))
    t2 = asyncio.create_task(c(2))
    t3 = asyncio.create_task(c(3))
    await asyncio.sleep(0)
    print("after one step:", result, sem.locked(), state(sem))
    t4 = asyncio.create_task(c(4))
    sem.release()
    sem.release()
    await asyncio.sleep(0)
    print("after releases:", result, sem.locked(), state(sem))
    print("done:", [t.done() for t in [t1, t2, t3, t4]])
    sem.release()
    sem.release()
    print("gathered:", await asyncio.gather(t2, t3, t4), result)


async def lock_fairness() -> None:
    lock = asyncio.Lock()
    order: list[str] = []

    async def worker(name: str) -> None:
        async with lock:
            order.append(name + "+")
            await asyncio.sleep(0)
            order.append(name + "-")

    await lock.acquire()
    a = asyncio.create_task(worker("a"))
    b = asyncio.create_task(worker("b"))
    await asyncio.sleep(0)
    lock.release()
    # A newcomer may not take the lock while a woken waiter is pending.
    c = asyncio.create_task(worker("c"))
    print("locked after release:", lock.locked())
    await asyncio.gather(a, b, c)
    print("fairness:", order)


async def timeout_in_block() -> None:
    condition = asyncio.Condition()
    async with condition:
        try:
            await asyncio.wait_for(condition.wait(), timeout=0.01)
        except asyncio.TimeoutError:
            print("timeout_in_block: TimeoutError, locked:", condition.locked())
    print("after block:", condition.locked())


async def cancelled_waiters() -> None:
    lock = asyncio.Lock()
    await lock.acquire()
    order: list[str] = []

    async def w(name: str) -> None:
        try:
            async with lock:
                order.append(name)
        except asyncio.CancelledError:
            order.append(name + " cancelled")
            raise

    ts = {n: asyncio.create_task(w(n)) for n in "abcd"}
    await asyncio.sleep(0)
    ts["a"].cancel()
    ts["c"].cancel()
    lock.release()
    await asyncio.gather(*ts.values(), return_exceptions=True)
    print("cancelled waiters:", order, lock.locked())


async def main() -> None:
    await lock_repr()
    await event_repr()
    await condition_repr()
    await semaphore_repr()
    await semaphore_acquire()
    await lock_fairness()
    await timeout_in_block()
    await cancelled_waiters()


asyncio.run(main())
