"""A batch runner gathers the same flush task from two call sites; the
batch is cancelled with a reason while the flush is in progress. The flush
task swallows the cancellation to finish cleanly, and the gather reports the
cancellation with the reason it was given (CPython's Task keeps the message
of a cancel() that had to be delivered at its next step)."""
import asyncio


async def flush(buf: list[str]) -> int:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("flush interrupted:", e.args)
    n = len(buf)
    buf.clear()
    return n


async def batch(t: asyncio.Task[int]) -> tuple[int, int]:
    try:
        return await asyncio.gather(t, t)
    except asyncio.CancelledError as e:
        print("batch cancelled:", e.args)
        raise


async def single(t: asyncio.Task[int]) -> tuple[int]:
    try:
        return await asyncio.gather(t)
    except asyncio.CancelledError as e:
        print("single cancelled:", e.args)
        raise


async def main() -> None:
    buf = ["a", "b", "c"]
    f = asyncio.create_task(flush(buf))
    b = asyncio.create_task(batch(f))
    await asyncio.sleep(0)
    print("cancel:", b.cancel("shutting down"))
    try:
        await b
    except asyncio.CancelledError as e:
        print("main sees:", e.args)
    print("flush result:", f.result(), "cancelled:", f.cancelled(), "buffer:", buf)

    buf.extend(["d", "e"])
    f2 = asyncio.create_task(flush(buf))
    s = asyncio.create_task(single(f2))
    await asyncio.sleep(0)
    s.cancel("once")
    results = await asyncio.gather(s, f2, return_exceptions=True)
    print("results:", results)


asyncio.run(main())
