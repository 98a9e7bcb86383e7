import asyncio


async def risky(i: int) -> int:
    await asyncio.sleep(0.001 * i)
    if i == 2:
        raise ValueError(f"bad {i}")
    return i


async def supervisor() -> list[str]:
    out: list[str] = []
    tasks = {i: asyncio.create_task(risky(i)) for i in range(4)}
    for i, t in tasks.items():
        try:
            out.append(f"{i}->{await t}")
        except ValueError as e:
            out.append(f"{i}!{e}")
    return out


async def cancellable(log: list[str]) -> None:
    try:
        while True:
            await asyncio.sleep(0.001)
            log.append("tick")
    except asyncio.CancelledError:
        log.append("cleanup")
        raise


async def main() -> None:
    print(await supervisor())
    log: list[str] = []
    t = asyncio.create_task(cancellable(log))
    await asyncio.sleep(0.0035)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled:", e.args, len(log) >= 2, log[-1])
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(0.1)
    except TimeoutError:
        print("expired:", cm.expired())
    r = await asyncio.gather(risky(1), risky(2), return_exceptions=True)
    print([repr(x) for x in r])
    try:
        await asyncio.gather(risky(2), risky(3))
    except ValueError as e:
        print("gather raised", e)


asyncio.run(main())
