"""Graceful shutdown: workers drain a queue, a supervisor cancels stragglers
after a grace period, and cleanup handlers run in reverse order."""
import asyncio
import contextlib


async def worker(wid: int, q: asyncio.Queue[int], done: list[str]) -> None:
    while True:
        job = await q.get()
        try:
            await asyncio.sleep(0.015 * job)
            done.append(f"w{wid}:j{job}")
        finally:
            q.task_done()


async def main() -> None:
    q: asyncio.Queue[int] = asyncio.Queue()
    done: list[str] = []
    cleanup: list[str] = []
    with contextlib.ExitStack() as stack:
        stack.callback(cleanup.append, "metrics flushed")
        for job in [5, 1, 3, 2, 4, 1]:
            q.put_nowait(job)
        workers = [asyncio.create_task(worker(i, q, done)) for i in range(2)]
        stack.callback(cleanup.append, "workers reaped")
        try:
            await asyncio.wait_for(q.join(), timeout=0.5)
        except asyncio.TimeoutError:
            print("grace period over")
        for w in workers:
            w.cancel()
        results = await asyncio.gather(*workers, return_exceptions=True)
        print([type(r).__name__ for r in results])
    print(sorted(done, key=lambda s: int(s.split("j")[1])))
    print(cleanup)
    # join() as a task and inside gather: both finish when the queue drains.
    q2: asyncio.Queue[int] = asyncio.Queue()
    for job in [2, 1]:
        q2.put_nowait(job)
    drained = asyncio.create_task(q2.join())
    helper = asyncio.create_task(worker(9, q2, done))
    both = await asyncio.gather(q2.join(), drained)
    helper.cancel()
    print(both, done[-2:], q2.empty())


asyncio.run(main())
