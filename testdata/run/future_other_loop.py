# Awaiting a pending future that belongs to another event loop raises
# RuntimeError (... attached to a different loop) in the awaiting task, as
# CPython's Task.__step does; a done one is awaited without the check.
import asyncio

loop = asyncio.new_event_loop()
stale: asyncio.Future[int] = loop.create_future()
early: asyncio.Future[str] = loop.create_future()
early.set_result("already done")


async def waiter(fut: "asyncio.Future[int]") -> int:
    return await fut


async def main() -> None:
    print(await early)
    t = asyncio.create_task(waiter(stale))
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", "attached to a different loop" in str(e))
    asyncio.get_running_loop().call_soon(stale.set_result, 1)
    other = loop.create_task(asyncio.sleep(0, result=5))
    try:
        print(await other)
    except RuntimeError as e:
        print("task of another loop:", "attached to a different loop" in str(e))
    print(await stale)


asyncio.run(main())
loop.close()
