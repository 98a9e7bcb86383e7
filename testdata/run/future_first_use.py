# An unannotated loop.create_future() takes its result type from its first
# use when that use determines it: passed where a Future[int] is expected,
# or fut.set_result(v).
import asyncio


async def compute(fut: "asyncio.Future[int]", n: int) -> None:
    await asyncio.sleep(0.01)
    fut.set_result(n * n)


def resolve_all(futs: "list[asyncio.Future[str]]", value: str) -> None:
    for f in futs:
        if not f.done():
            f.set_result(value)


async def main() -> None:
    loop = asyncio.get_running_loop()
    squared = loop.create_future()
    asyncio.create_task(compute(squared, 7))
    value = await squared
    print(value + 1, squared.result() * 2)

    ready = loop.create_future()
    ready.set_result(3.5)
    print(ready.result() * 2, await ready)

    label = "ok"
    pending = loop.create_future()
    pending.set_result(label)
    print(pending.result().upper())

    waiter = loop.create_future()
    loop.call_later(0.01, waiter.set_result, "late")
    print(await waiter)


asyncio.run(main())
