# asyncio.wait() given coroutines instead of tasks (accepted by mypy through
# typeshed's Awaitable overload): CPython 3.11 raises TypeError, after its
# checks of return_when and of an empty collection.
import asyncio


async def ping(host: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return f"{host} ok"


async def main() -> None:
    hosts = ["db", "cache"]
    tasks = [asyncio.create_task(ping(h, 0.01)) for h in hosts]
    done, pending = await asyncio.wait(tasks, timeout=1)
    print(sorted(t.result() for t in done), len(pending))
    coros = [ping(h, 0.01) for h in hosts]
    try:
        await asyncio.wait(coros, timeout=0.5)
    except TypeError as e:
        print("TypeError:", e)
    for c in coros:
        c.close()
    try:
        await asyncio.wait([ping("x", 0)], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    none: list[asyncio.Task[str]] = []
    try:
        await asyncio.wait(none)
    except ValueError as e:
        print("ValueError:", e)
    print("migrating old code...")
    d, p = await asyncio.wait([ping("legacy", 0)], return_when=asyncio.FIRST_COMPLETED)
    print("never", d, p)


asyncio.run(main())
