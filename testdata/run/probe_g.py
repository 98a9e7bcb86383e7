import asyncio


async def producer(name: str, q: asyncio.Queue[tuple[str, int]], n: int) -> None:
    for i in range(n):
        await q.put((name, i))
        await asyncio.sleep(0.001)


async def consumer(q: asyncio.Queue[tuple[str, int]], results: dict[str, list[int]]) -> None:
    while True:
        name, i = await q.get()
        results.setdefault(name, []).append(i)
        q.task_done()


async def main() -> None:
    q: asyncio.Queue[tuple[str, int]] = asyncio.Queue()
    results: dict[str, list[int]] = {}
    consumers = [asyncio.create_task(consumer(q, results)) for _ in range(2)]
    await asyncio.gather(producer("p1", q, 3), producer("p2", q, 2))
    await q.join()
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print(sorted(results.items()))
    print(all(c.cancelled() for c in consumers), q.qsize(), q.empty())

    async def slow(x: int) -> int:
        await asyncio.sleep(x / 1000)
        return x

    done_order: list[int] = []
    for coro in asyncio.as_completed([slow(3), slow(1), slow(2)]):
        done_order.append(await coro)
    print(done_order)
    tasks = [asyncio.create_task(slow(i)) for i in (5, 1)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    for t in pending:
        t.cancel()
    sh = asyncio.shield(slow(2))
    print(await sh)
    cur = asyncio.current_task()
    name = cur.get_name() if cur else "none"
    print(name)


asyncio.run(main())
