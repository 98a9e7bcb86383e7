# Locks, events, conditions, semaphores and queues through the compiler:
# BoundedSemaphore and PriorityQueue used where Semaphore and Queue are
# expected, Condition over a given Lock, notify(n), a cancelled getter.
import asyncio


async def use(s: asyncio.Semaphore, name: str, log: list[str]) -> None:
    async with s:
        log.append(name)
        await asyncio.sleep(0)


async def drain(q: asyncio.Queue[int]) -> list[int]:
    out: list[int] = []
    while not q.empty():
        out.append(await q.get())
        q.task_done()
    return out


async def main() -> None:
    log: list[str] = []
    bs = asyncio.BoundedSemaphore(2)
    await asyncio.gather(*[use(bs, f"t{i}", log) for i in range(5)])
    print(log, bs.locked())
    pq: asyncio.Queue[int] = asyncio.PriorityQueue(5)
    for v in [5, 1, 4, 1, 3]:
        await pq.put(v)
    print(pq.full(), await drain(pq), pq.maxsize)
    await pq.join()
    lk = asyncio.Lock()
    cond = asyncio.Condition(lk)
    woke: list[int] = []

    async def w(i: int) -> None:
        async with cond:
            await cond.wait()
            woke.append(i)

    ts = [asyncio.create_task(w(i)) for i in range(4)]
    await asyncio.sleep(0)
    async with lk:
        cond.notify(2)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(woke, lk.locked())
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print(woke)
    ev = asyncio.Event()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    ev.set()
    print(await t, ev.is_set())
    q: asyncio.Queue[str] = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    getter.cancel()
    try:
        await getter
    except asyncio.CancelledError:
        print("getter cancelled", q.qsize())
    await q.put("a")
    print(q.get_nowait(), q.empty())


asyncio.run(main())
# meta: order-sensitive (the order in which tasks run is what it prints)
