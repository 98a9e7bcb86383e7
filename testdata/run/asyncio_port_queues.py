# Ported from CPython 3.11 Lib/test/test_asyncio/test_queues.py:
# QueueBasicTests (test_empty, test_full, test_order, test_maxsize),
# QueueGetTests (test_blocking_get, test_blocking_get_wait,
# test_nonblocking_get, test_nonblocking_get_exception,
# test_get_cancelled_race, test_get_with_waiting_putters,
# test_why_are_getters_waiting, test_cancelled_getters_not_being_held...),
# QueuePutTests (test_blocking_put_wait, test_get_cancel_drop_one_pending_reader,
# test_get_cancel_drop_many_pending_readers, test_put_cancel_drop,
# test_nonblocking_put_exception, test_put_cancelled,
# test_put_cancelled_race, test_put_with_waiting_getters,
# test_why_are_putters_waiting, test_cancelled_put_silence_value_error_exception),
# LifoQueueTests, PriorityQueueTests and the join tests (test_task_done,
# test_task_done_underflow, test_join_empty_queue) for all three classes.
import asyncio


async def basic() -> None:
    q: asyncio.Queue[int] = asyncio.Queue()
    print("empty:", q.empty(), end=" ")
    await q.put(1)
    print(q.empty(), await q.get(), q.empty())
    q2: asyncio.Queue[int] = asyncio.Queue(maxsize=1)
    print("full:", q.full(), q2.full(), end=" ")
    await q2.put(1)
    print(q2.full())
    for i in [1, 3, 2]:
        await q.put(i)
    items = [await q.get() for _ in range(3)]
    print("order:", items)

    q3: asyncio.Queue[int] = asyncio.Queue(maxsize=2)
    print("maxsize:", q3.maxsize)
    have_been_put: list[int] = []

    async def putter() -> bool:
        for i in range(3):
            await q3.put(i)
            have_been_put.append(i)
        return True

    t = asyncio.create_task(putter())
    for i in range(2):
        await asyncio.sleep(0)
    print(" ", have_been_put, await q3.get())
    await asyncio.sleep(0)
    print(" ", have_been_put, await q3.get(), await q3.get(), t.done(), t.result())


async def gets() -> None:
    loop = asyncio.get_running_loop()
    q: asyncio.Queue[int] = asyncio.Queue()
    q.put_nowait(1)
    print("blocking_get:", await q.get())
    started = asyncio.Event()
    finished = False

    async def queue_get() -> int:
        nonlocal finished
        started.set()
        res = await q.get()
        finished = True
        return res

    queue_get_task = asyncio.create_task(queue_get())
    await started.wait()
    print("blocking_get_wait:", finished, end=" ")
    loop.call_later(0.01, q.put_nowait, 1)
    res = await queue_get_task
    print(finished, res)
    q.put_nowait(1)
    print("nonblocking_get:", q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("nonblocking_get_exception: QueueEmpty")

    qs: asyncio.Queue[str] = asyncio.Queue()
    t1 = asyncio.create_task(qs.get())
    t2 = asyncio.create_task(qs.get())
    await asyncio.sleep(0)
    t1.cancel()
    await asyncio.sleep(0)
    print("get_cancelled_race:", t1.done(), end=" ")
    await qs.put("a")
    await asyncio.sleep(0)
    print(await t2)

    q1: asyncio.Queue[str] = asyncio.Queue(maxsize=1)
    pa = asyncio.create_task(q1.put("a"))
    pb = asyncio.create_task(q1.put("b"))
    print("get_with_waiting_putters:", await q1.get(), await q1.get(), pa.done(), pb.done())

    async def consumer(queue: asyncio.Queue[int], num_expected: int) -> None:
        for _ in range(num_expected):
            await queue.get()

    async def producer(queue: asyncio.Queue[int], num_items: int) -> None:
        for i in range(num_items):
            await queue.put(i)

    qq: asyncio.Queue[int] = asyncio.Queue(1)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(producer(qq, 5))
        tg.create_task(consumer(qq, 5))
    print("why_are_getters_waiting:", qq.qsize())
    q5: asyncio.Queue[int] = asyncio.Queue(maxsize=5)
    try:
        await asyncio.wait_for(q5.get(), 0.01)
    except TimeoutError:
        print("cancelled_getters: TimeoutError", q5.empty())


async def puts() -> None:
    q: asyncio.Queue[int] = asyncio.Queue(maxsize=1)
    started = asyncio.Event()
    finished = False

    async def queue_put() -> None:
        nonlocal finished
        started.set()
        await q.put(1)
        await q.put(2)
        finished = True

    loop = asyncio.get_running_loop()
    loop.call_later(0.01, q.get_nowait)
    queue_put_task = asyncio.create_task(queue_put())
    await started.wait()
    print("blocking_put_wait:", finished, end=" ")
    await queue_put_task
    print(finished)

    r: asyncio.Queue[int] = asyncio.Queue()
    reader = asyncio.create_task(r.get())
    await asyncio.sleep(0)
    r.put_nowait(1)
    r.put_nowait(2)
    reader.cancel()
    try:
        await reader
    except asyncio.CancelledError:
        reader = asyncio.create_task(r.get())
        await reader
    print("drop_one_pending_reader:", reader.result())

    r2: asyncio.Queue[int] = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        reader1 = tg.create_task(r2.get())
        reader2 = tg.create_task(r2.get())
        reader3 = tg.create_task(r2.get())
        await asyncio.sleep(0)
        r2.put_nowait(1)
        r2.put_nowait(2)
        reader1.cancel()
        try:
            await reader1
        except asyncio.CancelledError:
            print("drop_many_pending_readers: reader1 cancelled")
        await reader3
    print(" ", {reader2.result(), reader3.result()} == {1, 2})

    w: asyncio.Queue[int] = asyncio.Queue(1)
    w.put_nowait(1)
    writer = asyncio.create_task(w.put(2))
    await asyncio.sleep(0)
    value1 = w.get_nowait()
    writer.cancel()
    try:
        await writer
    except asyncio.CancelledError:
        writer = asyncio.create_task(w.put(2))
        await writer
    print("put_cancel_drop:", value1, w.get_nowait(), w.qsize())
    try:
        w.put_nowait(1)
        w.put_nowait(2)
    except asyncio.QueueFull:
        print("nonblocking_put_exception: QueueFull")

    p: asyncio.Queue[int] = asyncio.Queue()

    async def qput() -> bool:
        await p.put(1)
        return True

    t = asyncio.create_task(qput())
    print("put_cancelled:", await p.get(), t.done(), t.result())

    s: asyncio.Queue[str] = asyncio.Queue(maxsize=1)
    put_a = asyncio.create_task(s.put("a"))
    put_b = asyncio.create_task(s.put("b"))
    put_c = asyncio.create_task(s.put("X"))
    await asyncio.sleep(0)
    print("put_cancelled_race:", put_a.done(), put_b.done(), end=" ")
    put_c.cancel()
    await asyncio.sleep(0)
    print(put_c.done(), s.get_nowait(), end=" ")
    await asyncio.sleep(0)
    print(s.get_nowait(), end=" ")
    await put_b
    print(put_b.done())

    g: asyncio.Queue[str] = asyncio.Queue()
    gt = asyncio.create_task(g.get())
    await asyncio.sleep(0)
    await g.put("a")
    print("put_with_waiting_getters:", await gt)

    queue: asyncio.Queue[int] = asyncio.Queue(2)

    async def putter(item: int) -> None:
        await queue.put(item)

    async def getter() -> None:
        await asyncio.sleep(0)
        num = queue.qsize()
        for _ in range(num):
            queue.get_nowait()

    async with asyncio.TaskGroup() as tg:
        tg.create_task(getter())
        tg.create_task(putter(0))
        tg.create_task(putter(1))
        tg.create_task(putter(2))
        tg.create_task(putter(3))
    print("why_are_putters_waiting:", queue.qsize())

    full: asyncio.Queue[int] = asyncio.Queue(1)
    full.put_nowait(1)
    put_task = asyncio.create_task(full.put(1))
    await asyncio.sleep(0)
    full.get_nowait()
    put_task.cancel()
    try:
        await put_task
    except asyncio.CancelledError:
        print("cancelled_put_silence_value_error: CancelledError", full.qsize())


async def orders() -> None:
    lq: asyncio.LifoQueue[int] = asyncio.LifoQueue()
    pq: asyncio.PriorityQueue[int] = asyncio.PriorityQueue()
    for i in [1, 3, 2]:
        await lq.put(i)
        await pq.put(i)
    print("lifo order:", [await lq.get() for _ in range(3)])
    print("priority order:", [await pq.get() for _ in range(3)])
    jobs: asyncio.PriorityQueue[tuple[int, str]] = asyncio.PriorityQueue()
    for job in [(2, "b"), (1, "z"), (2, "a"), (0, "q")]:
        jobs.put_nowait(job)
    print("priority tuples:", [jobs.get_nowait() for _ in range(4)])


async def join_tests(q: asyncio.Queue[int], name: str) -> None:
    try:
        q.task_done()
    except ValueError as e:
        print(name, "task_done_underflow: ValueError", e)
    for i in range(100):
        q.put_nowait(i)
    accumulator = 0
    running = True

    async def worker() -> None:
        nonlocal accumulator
        while running:
            item = await q.get()
            accumulator += item
            q.task_done()

    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(worker()) for index in range(2)]
        await q.join()
        print(name, "task_done:", accumulator == sum(range(100)), accumulator)
        running = False
        for i in range(len(tasks)):
            q.put_nowait(0)
    await q.join()
    await q.join()
    print(name, "join_empty_queue: ok", q.qsize())


async def main() -> None:
    await basic()
    await gets()
    await puts()
    await orders()
    await join_tests(asyncio.Queue(), "Queue")
    await join_tests(asyncio.LifoQueue(), "LifoQueue")
    await join_tests(asyncio.PriorityQueue(), "PriorityQueue")


asyncio.run(main())
# meta: order-sensitive (the order in which tasks run is what it prints)
