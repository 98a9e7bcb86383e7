# Ported from CPython 3.11 Lib/test/test_asyncio/test_threads.py:
# test_to_thread (a built-in function: len, as mypy 1.0 cannot
# infer sum's overloads through to_thread), test_to_thread_exception,
# test_to_thread_once, test_to_thread_concurrent (a counter instead of a
# mock), test_to_thread_args_kwargs (positionally: keyword
# arguments through to_thread are refused),
# plus run_in_executor(None, ...) with results and exceptions. Threads
# only touch the shared list with single operations (atomic under the GIL).
import asyncio
import time


calls: list[str] = []


def record(label: str, times: int = 1, sep: str = "-") -> str:
    calls.append(label)
    return sep.join([label] * times)


def raise_runtime() -> None:
    raise RuntimeError("test")


def slow_square(n: int) -> int:
    time.sleep(0.001)
    return n * n


async def main() -> None:
    print("len:", await asyncio.to_thread(len, [40, 2]))
    try:
        await asyncio.to_thread(raise_runtime)
    except RuntimeError as e:
        print("exception:", repr(e))
    print("once:", await asyncio.to_thread(record, "once"), calls)
    calls.clear()
    futs = [asyncio.to_thread(record, "c") for _ in range(10)]
    res = await asyncio.gather(*futs)
    print("concurrent:", len(calls), res[0], len(res))
    print("positional:", await asyncio.to_thread(record, "k", 3, "+"))
    loop = asyncio.get_running_loop()
    print("executor:", await loop.run_in_executor(None, slow_square, 7))
    try:
        await loop.run_in_executor(None, raise_runtime)
    except RuntimeError as e:
        print("executor exception:", repr(e))
    squares = await asyncio.gather(*[loop.run_in_executor(None, slow_square, n) for n in range(5)])
    print("executor gather:", squares)


asyncio.run(main())
