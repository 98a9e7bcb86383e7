import asyncio
from dataclasses import dataclass


@dataclass(order=True)
class Job:
    priority: int
    name: str


async def worker(wid: int, q: asyncio.PriorityQueue[Job], done: list[str]) -> None:
    while True:
        job = await q.get()
        try:
            await asyncio.sleep(0.001 * job.priority)
            done.append(f"w{wid}:{job.name}")
        finally:
            q.task_done()


async def main() -> None:
    q: asyncio.PriorityQueue[Job] = asyncio.PriorityQueue()
    for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (5, "e")]:
        q.put_nowait(Job(p, n))
    done: list[str] = []
    workers = [asyncio.create_task(worker(i, q, done)) for i in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(done)
    print([type(r).__name__ for r in res])
    cond = asyncio.Condition()
    items: list[int] = []

    async def consume(tag: str) -> None:
        async with cond:
            await cond.wait_for(lambda: len(items) > 0)
            print(tag, "took", items.pop(0))

    cs = [asyncio.create_task(consume(t)) for t in ["c1", "c2"]]
    await asyncio.sleep(0)
    async with cond:
        items.extend([10, 20])
        cond.notify_all()
    await asyncio.gather(*cs)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(0.01))

            async def boom() -> None:
                raise ValueError("bad")

            tg.create_task(boom())
    except ExceptionGroup as eg:
        print("eg", eg.exceptions)


asyncio.run(main())
