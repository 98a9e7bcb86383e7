import asyncio


async def main() -> None:
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    loop.call_soon(print, "hello", 3)
    loop.call_later(0.01, ev.set)
    await ev.wait()
    print("event set", ev.is_set())
    lock = asyncio.Lock()
    await lock.acquire()
    loop.call_soon(lock.release)
    await asyncio.sleep(0)
    print(lock.locked())


asyncio.run(main())
