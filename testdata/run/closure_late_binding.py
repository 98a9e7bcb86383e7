# Closures bind late: nested functions use a task and a sibling defined after them.
import asyncio


async def main() -> None:
    log: list[str] = []

    def trigger() -> None:
        log.append("cancel t1")
        t1.cancel()

    def outer(n: int) -> int:
        return inner(n) + 1

    def inner(n: int) -> int:
        return n * scale

    async def sleeper() -> str:
        try:
            await asyncio.sleep(10)
            return "woke"
        except asyncio.CancelledError:
            log.append("cancelled")
            raise

    scale = 3
    t1 = asyncio.create_task(sleeper())
    asyncio.get_running_loop().call_soon(trigger)
    try:
        await t1
    except asyncio.CancelledError:
        log.append("t1 done")
    print(log, outer(4), t1.cancelled())


asyncio.run(main())
