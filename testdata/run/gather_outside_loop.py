import asyncio


async def fetch(name: str, delay: float, log: list[str]) -> str:
    log.append(f"start {name}")
    await asyncio.sleep(delay)
    if name == "bad":
        raise ValueError(name)
    log.append(f"end {name}")
    return name.upper()


def batch(loop: asyncio.AbstractEventLoop) -> None:
    log: list[str] = []
    t1 = loop.create_task(fetch("a", 0.02, log))
    t2 = loop.create_task(fetch("b", 0.01, log))
    # gather takes the loop of its first task, not the default loop
    print(loop.run_until_complete(asyncio.gather(t1, t2)))
    tasks = [loop.create_task(fetch(n, 0.01, log)) for n in ("c", "bad")]
    results = loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
    print([repr(r) for r in results])
    print(log)


loop = asyncio.new_event_loop()
batch(loop)
fut: asyncio.Future[str] = loop.create_future()
loop.call_later(0.01, fut.set_result, "late")
print(loop.run_until_complete(asyncio.gather(fut, fetch("d", 0.02, []))))
loop.close()


async def main() -> None:
    log: list[str] = []
    print(await asyncio.gather(fetch("x", 0.01, log), fetch("y", 0.005, log)))
    print(log)


asyncio.run(main())
