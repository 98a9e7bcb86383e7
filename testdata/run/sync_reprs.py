"""CPython's reprs of asyncio.Lock, Event, Condition, Semaphore and the queues (addresses cut off)."""
import asyncio


def shape(r: str) -> str:
    return r.split(" object at ")[0] + " [" + r.split(" [")[1]


async def main() -> None:
    lock = asyncio.Lock()
    ev = asyncio.Event()
    sem = asyncio.Semaphore(2)
    bsem = asyncio.BoundedSemaphore(1)
    cond = asyncio.Condition()
    q: asyncio.Queue[int] = asyncio.Queue()
    lq: asyncio.LifoQueue[str] = asyncio.LifoQueue(3)
    pq: asyncio.PriorityQueue[int] = asyncio.PriorityQueue()
    print(shape(repr(lock)), shape(repr(ev)), shape(repr(sem)))
    print(shape(repr(bsem)), shape(repr(cond)))
    print(q, lq, pq)
    await lock.acquire()
    ev.set()
    await sem.acquire()
    await bsem.acquire()
    for i in [5, 1, 4, 2]:
        q.put_nowait(i)
        pq.put_nowait(i)
    lq.put_nowait("a")
    lq.put_nowait("b")
    q.get_nowait()
    q.task_done()
    print(shape(repr(lock)), shape(repr(ev)), shape(repr(sem)))
    print(shape(repr(bsem)), shape(repr(cond)))
    print(q, lq, pq)
    print(repr(q).split(" at ")[0], repr(q).split(" ", 3)[3])


asyncio.run(main())
