# time.time() is seconds since the epoch (it was the loop's clock since the
# program started); time.time_ns, monotonic_ns and perf_counter_ns are ints
# (they were refused). Durations measured with any of them follow the loop.
import asyncio
import time


async def main() -> None:
    w0, n0, m0, p0 = time.time(), time.time_ns(), time.monotonic_ns(), time.perf_counter_ns()
    print(w0 > 1.7e9, abs(n0 // 10**9 - int(w0)) <= 1, type(n0).__name__, m0 >= 0, p0 >= 0)
    await asyncio.sleep(0.02)
    print(time.time() - w0 >= 0.015, time.time_ns() - n0 >= 15_000_000)
    print(time.monotonic_ns() - m0 >= 19_000_000, time.perf_counter_ns() - p0 >= 19_000_000)


asyncio.run(main())
