import asyncio
import time


def cpu_work(n: int) -> int:
    total = 0
    for i in range(n):
        total += i % 7
    return total


def blocking_io(tag: str) -> str:
    time.sleep(0.01)
    return f"io-{tag}"


async def main() -> None:
    loop = asyncio.get_running_loop()
    a, b = await asyncio.gather(asyncio.to_thread(blocking_io, "a"), loop.run_in_executor(None, cpu_work, 1000))
    print(a, b)
    start = time.monotonic()
    res = await asyncio.gather(*[asyncio.to_thread(blocking_io, str(i)) for i in range(4)])
    print(res, time.monotonic() - start >= 0.0)


asyncio.run(main())
