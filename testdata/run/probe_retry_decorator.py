import asyncio
from typing import Callable, Awaitable


def retry(times: int) -> Callable[[Callable[[int], Awaitable[int]]], Callable[[int], Awaitable[int]]]:
    def deco(fn: Callable[[int], Awaitable[int]]) -> Callable[[int], Awaitable[int]]:
        async def wrapper(x: int) -> int:
            last: Exception | None = None
            for attempt in range(times):
                try:
                    return await fn(x)
                except ValueError as e:
                    print(f"attempt {attempt + 1} failed: {e}")
                    last = e
            raise RuntimeError("gave up") from last
        return wrapper
    return deco


calls = 0


@retry(3)
async def flaky(x: int) -> int:
    global calls
    calls += 1
    await asyncio.sleep(0)
    if calls < 3:
        raise ValueError(f"call {calls}")
    return x * 10


@retry(2)
async def always_bad(x: int) -> int:
    raise ValueError("nope")


async def main() -> None:
    print(await flaky(4), calls)
    try:
        await always_bad(1)
    except RuntimeError as e:
        print(e, "caused by", repr(e.__cause__))


asyncio.run(main())
