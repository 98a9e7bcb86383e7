import asyncio


async def work(n: int) -> int:
    await asyncio.sleep(0.001 * n)
    return n * n


def spawn_all(tg: asyncio.TaskGroup, ns: list[int]) -> list[asyncio.Task[int]]:
    return [tg.create_task(work(n)) for n in ns]


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        ts = spawn_all(tg, [3, 1, 2])
    print([t.result() for t in ts])
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.01
    try:
        async with asyncio.timeout_at(deadline) as to:
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired", to.expired())


asyncio.run(main())
