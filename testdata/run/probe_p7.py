import asyncio


async def child(name: str, steps: int, log: list[str]) -> str:
    for i in range(steps):
        log.append(f"{name}:{i}")
        await asyncio.sleep(0)
    return name


async def sleeper(name: str, d: float, log: list[str]) -> None:
    await asyncio.sleep(d)
    log.append(name)


async def main() -> None:
    log: list[str] = []
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: log.append("cb1"))
    t1 = asyncio.create_task(child("A", 3, log))
    loop.call_soon(lambda: log.append("cb2"))
    t2 = asyncio.create_task(child("B", 2, log))
    log.append("main-before")
    await asyncio.sleep(0)
    log.append("main-after1")
    r = await asyncio.gather(t1, t2, child("C", 1, log))
    log.append("gathered " + ",".join(r))
    print(log)
    log2: list[str] = []
    await asyncio.gather(sleeper("s3", 0.03, log2), sleeper("s1", 0.01, log2), sleeper("s2", 0.02, log2))
    print(log2)
    fut: asyncio.Future[int] = loop.create_future()
    order: list[str] = []

    async def waiter(tag: str) -> None:
        v = await fut
        order.append(f"{tag}={v}")

    ws = [asyncio.create_task(waiter(t)) for t in "xyz"]
    await asyncio.sleep(0)
    fut.set_result(7)
    order.append("set")
    await asyncio.sleep(0)
    order.append("after one pass")
    await asyncio.gather(*ws)
    print(order)
    t = asyncio.create_task(child("D", 5, log))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("D cancelled", t.cancelled(), log[-2:])


asyncio.run(main())
# meta: order-sensitive (the order in which tasks run is what it prints)
