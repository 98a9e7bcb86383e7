# Coroutines: async def/for/with and await in expression positions.
import asyncio


async def worker(name: str, q: asyncio.Queue[int]) -> None:
    while (item := await q.get()) is not None:
        print(name, item)
        q.task_done()


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("a", q))
    async for x in agen():
        total = await f(x) + await g(x)
    results = await asyncio.gather(*[fetch(i) for i in range(3)], return_exceptions=True)
    v = await a if await b else await c
    ok = await x and not await y
    return [y async for y in agen()]


if __name__ == "__main__":
    asyncio.run(main())
