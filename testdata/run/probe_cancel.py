import asyncio


async def child(tag: str, log: list[str]) -> str:
    try:
        await asyncio.sleep(1)
        return tag
    except asyncio.CancelledError:
        log.append(f"{tag} cancelled")
        raise
    finally:
        log.append(f"{tag} finally")


async def parent(log: list[str]) -> list[str]:
    return await asyncio.gather(child("x", log), child("y", log))


async def main() -> None:
    log: list[str] = []
    p = asyncio.create_task(parent(log))
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        log.append("parent cancelled")
    print(log)
    inner = asyncio.create_task(asyncio.sleep(0.02, result="inner done"))
    outer = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), timeout=0.005))
    try:
        await outer
    except TimeoutError:
        print("outer timed out; inner still running:", not inner.done())
    print(await inner)
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print(t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled once", t.cancelled())


asyncio.run(main())
# meta: order-sensitive (the order in which tasks run is what it prints)
