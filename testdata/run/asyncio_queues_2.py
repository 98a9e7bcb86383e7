# Ported from CPython 3.11 Lib/test/test_asyncio/test_queues.py:
# test_str (str(queue) shows _getters[n], _putters[n], _queue=[...] and
# tasks=n; repr adds an address, so only str is printed), test_format,
# test_blocking_put, test_cancelled_puts_not_being_held_in_self_putters,
# test_cancelled_getters_not_being_held_in_self_getters, the PriorityQueue
# heap as its str shows it, and several joiners waiting on one queue.
import asyncio


async def str_forms() -> None:
    q: asyncio.Queue[int] = asyncio.Queue()
    print(str(q), q.qsize(), q.empty(), q.full(), q.maxsize)
    async with asyncio.TaskGroup() as tg:
        getter = tg.create_task(q.get())
        await asyncio.sleep(0)
        print(str(q))
        q.put_nowait(0)
        print(str(q))
    print("getter:", await getter, str(q))

    q = asyncio.Queue(maxsize=1)
    async with asyncio.TaskGroup() as tg:
        q.put_nowait(1)
        putter = tg.create_task(q.put(2))
        await asyncio.sleep(0)
        print(str(q), q.full())
        print("got:", q.get_nowait(), str(q))
    print("putter done:", putter.done(), str(q))
    q.task_done()
    print(str(q))

    q = asyncio.Queue()
    q.put_nowait(1)
    print(str(q), "_queue=[1]" in repr(q), repr(q).startswith("<Queue at 0x"))
    await q.put(2)
    print("blocking put:", await q.get(), str(q))


async def subclasses() -> None:
    lq: asyncio.LifoQueue[int] = asyncio.LifoQueue()
    pq: asyncio.PriorityQueue[int] = asyncio.PriorityQueue()
    for i in [5, 3, 8, 1, 9, 2]:
        lq.put_nowait(i)
        pq.put_nowait(i)
    print(str(lq))
    print(str(pq))
    print("lifo:", [lq.get_nowait() for _ in range(3)], str(lq))
    print("priority:", [pq.get_nowait() for _ in range(3)], str(pq))
    tq: asyncio.PriorityQueue[tuple[int, str]] = asyncio.PriorityQueue(maxsize=3)
    tq.put_nowait((2, "b"))
    tq.put_nowait((1, "z"))
    tq.put_nowait((1, "a"))
    print(str(tq), tq.full())
    try:
        tq.put_nowait((0, "x"))
    except asyncio.QueueFull:
        print("QueueFull", repr(asyncio.QueueFull()))
    print([tq.get_nowait() for _ in range(3)])
    try:
        tq.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty", repr(asyncio.QueueEmpty()))


async def cancelled_not_held() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue(maxsize=1)
    queue.put_nowait(1)
    put_task = asyncio.create_task(queue.put(1))
    await asyncio.sleep(0)
    print("putters:", str(queue))
    put_task.cancel()
    try:
        await put_task
    except asyncio.CancelledError:
        print("put cancelled:", str(queue))

    queue = asyncio.Queue()
    get_task = asyncio.create_task(queue.get())
    await asyncio.sleep(0)
    print("getters:", str(queue))
    get_task.cancel()
    try:
        await get_task
    except asyncio.CancelledError:
        print("get cancelled:", str(queue))


async def joiners() -> None:
    q: asyncio.Queue[str] = asyncio.Queue()
    for s in ["a", "b"]:
        q.put_nowait(s)

    async def joiner(n: int) -> None:
        await q.join()
        print("  joiner", n, "released", str(q))

    js = [asyncio.create_task(joiner(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("join waiting:", [j.done() for j in js], str(q))
    q.get_nowait()
    q.task_done()
    await asyncio.sleep(0)
    print("one done:", [j.done() for j in js], str(q))
    q.get_nowait()
    q.task_done()
    print("all done, before switch:", [j.done() for j in js])
    await asyncio.gather(*js)
    await q.join()
    print("join empty returns at once")
    try:
        q.task_done()
    except ValueError as e:
        print("underflow:", e)


async def unbounded() -> None:
    for size in [0, -1]:
        q: asyncio.Queue[int] = asyncio.Queue(size)
        for i in range(100):
            q.put_nowait(i)
        print("maxsize", size, q.qsize(), q.full(), q.maxsize)


async def main() -> None:
    await str_forms()
    await subclasses()
    await cancelled_not_held()
    await joiners()
    await unbounded()


asyncio.run(main())
