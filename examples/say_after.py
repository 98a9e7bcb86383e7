# Sequential awaits versus concurrent tasks (the asyncio tutorial's say_after).
import asyncio
import time


async def say_after(delay: float, what: str) -> None:
    await asyncio.sleep(delay)
    print(what)


async def main() -> None:
    start = time.monotonic()
    print("sequential:")
    await say_after(0.1, "hello")
    await say_after(0.2, "world")
    print(f"took {time.monotonic() - start:.1f}s")

    start = time.monotonic()
    print("concurrent:")
    task1 = asyncio.create_task(say_after(0.1, "hello"))
    task2 = asyncio.create_task(say_after(0.2, "world"))
    await task1
    await task2
    print(f"took {time.monotonic() - start:.1f}s")


asyncio.run(main())
