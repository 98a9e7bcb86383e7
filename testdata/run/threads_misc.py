import asyncio
import time


def square(x: int) -> int:
    time.sleep(0.01)
    return x * x


def shout(s: str, n: int) -> str:
    return (s.upper() + "!") * n


def nothing() -> None:
    time.sleep(0.01)


async def slow(x: int) -> int:
    await asyncio.sleep(0.2)
    return x


async def main() -> None:
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(shout, "hi", 2))
    print(await asyncio.to_thread(nothing))
    print(await asyncio.gather(*[loop.run_in_executor(None, square, i) for i in range(10)]))
    t = asyncio.create_task(asyncio.to_thread(square, 7))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("to_thread awaiter cancelled:", t.cancelled())

    def waiter() -> str:
        cf = asyncio.run_coroutine_threadsafe(slow(3), loop)
        try:
            cf.result(timeout=0.01)
        except TimeoutError:
            print("timed out; done?", cf.done())
        return f"then {cf.result()} done={cf.done()} cancelled={cf.cancelled()}"

    print(await asyncio.to_thread(waiter))

    def canceller() -> str:
        cf = asyncio.run_coroutine_threadsafe(slow(4), loop)
        time.sleep(0.01)
        return f"cancel: {cf.cancel()} {cf.cancelled()}"

    print(await asyncio.to_thread(canceller))
    start = time.monotonic()
    fut: asyncio.Future[int] = loop.create_future()

    def later() -> None:
        time.sleep(0.05)
        loop.call_soon_threadsafe(fut.set_result, 42)

    loop.run_in_executor(None, later)
    print("future from thread:", await fut, time.monotonic() - start >= 0.049)
    def show(a: str, b: int) -> None:
        print("callback", a, b)

    h = loop.call_soon_threadsafe(show, "one", 2)
    await asyncio.sleep(0)
    print(h.cancelled())


asyncio.run(main())
