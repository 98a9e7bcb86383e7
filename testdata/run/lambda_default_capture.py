"""Lambdas binding loop values through default parameters, scheduled as loop callbacks and executor calls."""
import asyncio


def square(n: int) -> int:
    return n * n


async def main() -> None:
    loop = asyncio.get_running_loop()
    late: list[int] = []
    early: list[int] = []
    for i in range(3):
        loop.call_soon(lambda: late.append(i))
        loop.call_soon(lambda i=i: early.append(i))
    await asyncio.sleep(0)
    print(late, early)

    fired: list[str] = []
    start = loop.time()
    for n, name in enumerate(["c", "b", "a"]):
        loop.call_later(0.01 * (3 - n), lambda name=name, n=n: fired.append(f"{name}{n}"))
        loop.call_at(start + 0.05 + 0.01 * n, lambda tag=name.upper(): fired.append(tag))
    await asyncio.sleep(0.1)
    print(fired)

    results = await asyncio.gather(*[loop.run_in_executor(None, lambda k=k: square(k) + k) for k in range(4)])
    print(results)

    total = 0

    def add(v: int) -> None:
        nonlocal total
        total += v

    for step in range(1, 4):
        loop.call_soon(lambda step=step, scale=10: add(step * scale))
    await asyncio.sleep(0)
    print(total)


asyncio.run(main())
