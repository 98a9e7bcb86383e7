import asyncio


async def stage1(n: int, out: asyncio.Queue[int | None]) -> None:
    for i in range(n):
        await out.put(i)
    await out.put(None)


async def stage2(inp: asyncio.Queue[int | None], out: asyncio.Queue[str | None]) -> None:
    while True:
        v = await inp.get()
        if v is None:
            await out.put(None)
            return
        await out.put(f"<{v * v}>")


async def sink(inp: asyncio.Queue[str | None]) -> list[str]:
    got: list[str] = []
    while (s := await inp.get()) is not None:
        got.append(s)
    return got


async def main() -> None:
    q1: asyncio.Queue[int | None] = asyncio.Queue(maxsize=1)
    q2: asyncio.Queue[str | None] = asyncio.Queue(maxsize=1)
    _, _, got = await asyncio.gather(stage1(5, q1), stage2(q1, q2), sink(q2))
    print(got)
    ev = asyncio.Event()

    async def setter() -> None:
        await asyncio.sleep(0.01)
        ev.set()

    asyncio.create_task(setter())
    print(await asyncio.wait_for(ev.wait(), timeout=1.0), ev.is_set())
    lock = asyncio.Lock()
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("error:", e)


asyncio.run(main())
