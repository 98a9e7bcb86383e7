import asyncio


async def waiter(f: "asyncio.Future[int]") -> int:
    return await f


async def main() -> None:
    loop = asyncio.get_running_loop()
    f: asyncio.Future[int] = loop.create_future()
    print(f, repr(f), str(f) == repr(f))
    t = asyncio.create_task(waiter(f))
    t2 = asyncio.create_task(waiter(f))
    t3 = asyncio.create_task(waiter(f))
    await asyncio.sleep(0)
    print(f)
    f.set_result(2**40)
    print(f)
    print(await t, await t2 == await t3)
    g: asyncio.Future[str] = loop.create_future()
    g.set_result("é" * 40)
    print(g)
    h: asyncio.Future[list[int]] = loop.create_future()
    h.set_result(list(range(20)))
    print([h])
    k: asyncio.Future[list[str]] = loop.create_future()
    k.set_result(["x" * 40, "y"])
    print(k)
    e: asyncio.Future[None] = loop.create_future()
    e.set_exception(KeyError("missing"))
    print(e)
    print(repr(e.exception()))
    c: asyncio.Future[float] = loop.create_future()
    c.cancel()
    print(c, c.cancelled())
    d: asyncio.Future[float] = loop.create_future()
    d.set_result(1.5)
    print({"d": d})


asyncio.run(main())
