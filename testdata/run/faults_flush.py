# print(..., flush=True) and a failed fire-and-forget task: stdout is the same
# as CPython's (the task's report goes to stderr when the task is done).
import asyncio


async def bg(n: int) -> None:
    await asyncio.sleep(0.01 * n)
    raise ValueError(f"bg {n} failed")


async def main() -> None:
    asyncio.create_task(bg(1))
    print("started", flush=True)
    await asyncio.sleep(0.05)
    print("after", 1, 2, sep="-", end="!\n", flush=False)
    words = ["a", "b"]
    print(*words, flush=len(words) > 1)


asyncio.run(main())
print("end")
