import asyncio
import time
from concurrent.futures import Future as ConcurrentFuture


def crunch(loop: asyncio.AbstractEventLoop, q: asyncio.Queue[tuple[str, int]], name: str, n: int) -> int:
    total = 0
    for i in range(1, n + 1):
        total += i * i
        time.sleep(0.002)
        loop.call_soon_threadsafe(q.put_nowait, (name, i))
    return total


async def double_later(x: int) -> int:
    await asyncio.sleep(0.01)
    return 2 * x


def ask_loop(loop: asyncio.AbstractEventLoop, x: int) -> int:
    fut: ConcurrentFuture[int] = asyncio.run_coroutine_threadsafe(double_later(x), loop)
    return fut.result(timeout=2) + 1


async def progress(q: asyncio.Queue[tuple[str, int]], expected: int) -> dict[str, int]:
    seen: dict[str, int] = {}
    for _ in range(expected):
        name, step = await q.get()
        seen[name] = max(seen.get(name, 0), step)
    return seen


async def main() -> None:
    loop = asyncio.get_running_loop()
    q: asyncio.Queue[tuple[str, int]] = asyncio.Queue()
    jobs = {"a": 5, "b": 3, "c": 4}
    watcher = asyncio.create_task(progress(q, sum(jobs.values())))
    results = await asyncio.gather(*(asyncio.to_thread(crunch, loop, q, name, n) for name, n in jobs.items()))
    print("sums", results)
    print("progress", dict(sorted((await watcher).items())))
    answers = await asyncio.gather(*(loop.run_in_executor(None, ask_loop, loop, x) for x in (1, 5, 10)))
    print("answers", answers)
    fut: asyncio.Future[str] = loop.create_future()

    def complete() -> None:
        time.sleep(0.01)
        loop.call_soon_threadsafe(fut.set_result, "from thread")

    await asyncio.to_thread(complete)
    print(await asyncio.wait_for(fut, 1.0))
    slow = loop.run_in_executor(None, time.sleep, 0.2)
    try:
        await asyncio.wait_for(asyncio.shield(slow), timeout=0.02)
    except TimeoutError:
        print("executor call still running:", not slow.done())
    await slow
    print("executor call done:", slow.done())


asyncio.run(main())
