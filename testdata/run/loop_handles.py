"""call_soon/call_later/call_at handles: cancel, cancelled, when, their type names."""
import asyncio
import time


def tick(name: str, log: list[str]) -> None:
    log.append(name)
    print("tick", name)


async def main() -> None:
    loop = asyncio.get_running_loop()
    log: list[str] = []
    h1 = loop.call_later(0.05, tick, "late", log)
    h2 = loop.call_later(0.01, tick, "early", log)
    h3 = loop.call_soon(tick, "soon", log)
    h4 = loop.call_at(loop.time() + 0.03, tick, "at", log)
    h1.cancel()
    print("cancelled?", h1.cancelled(), h2.cancelled())
    print(type(h2).__name__, type(h3).__name__)
    print(h4.when() > loop.time())
    await asyncio.sleep(0.1)
    print(log)
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 42)
    print(await fut)
    start = loop.time()
    await asyncio.sleep(0.05)
    print(round(loop.time() - start, 1) >= 0.0)
    t0 = time.monotonic()
    await asyncio.sleep(0)
    print(time.monotonic() >= t0)
    h3.cancel()
    print(loop.is_running(), loop.is_closed())


asyncio.run(main())
