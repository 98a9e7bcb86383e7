import asyncio
import collections.abc
import concurrent.futures
import concurrent.futures as cf
import time


async def countdown(n: int) -> collections.abc.AsyncIterator[int]:
    while n > 0:
        await asyncio.sleep(0)
        yield n
        n -= 1


def apply_all(fs: collections.abc.Sequence[collections.abc.Callable[[int], int]], x: int) -> list[int]:
    return [f(x) for f in fs]


async def square_later(x: int, delay: float) -> int:
    await asyncio.sleep(delay)
    return x * x


def from_thread(loop: asyncio.AbstractEventLoop, x: int) -> str:
    fut: concurrent.futures.Future[int] = asyncio.run_coroutine_threadsafe(square_later(x, 0.01), loop)
    return f"{x}^2={fut.result()}"


def impatient(loop: asyncio.AbstractEventLoop) -> str:
    fut: cf.Future[int] = asyncio.run_coroutine_threadsafe(square_later(7, 0.5), loop)
    try:
        return str(fut.result(timeout=0.02))
    except concurrent.futures.TimeoutError:
        fut.cancel()
        time.sleep(0.02)
        return f"gave up, cancelled={fut.cancelled()}"


async def main() -> None:
    print([n async for n in countdown(3)])
    print(apply_all([lambda v: v + 1, lambda v: v * 10, abs], -4))
    loop = asyncio.get_running_loop()
    print(await asyncio.gather(*(asyncio.to_thread(from_thread, loop, x) for x in (2, 3))))
    print(await asyncio.to_thread(impatient, loop))
    pending: dict[str, collections.abc.Awaitable[int]] = {"a": square_later(4, 0.01)}
    for k, aw in pending.items():
        print(k, await aw)


asyncio.run(main())
