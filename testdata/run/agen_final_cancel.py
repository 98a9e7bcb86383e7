# meta: order-sensitive (the finalizer hook's aclose task is cancelled by asyncio.run's shutdown)
import asyncio
from collections.abc import AsyncIterator


async def numbers(tag: str) -> AsyncIterator[int]:
    try:
        for i in range(5):
            await asyncio.sleep(0)
            yield i
    except asyncio.CancelledError:
        print(tag, "got CancelledError at its yield")
        raise
    finally:
        print(tag, "closed")


async def main() -> None:
    async for n in numbers("last"):
        if n == 1:
            break
    print("main returns right after the break")


asyncio.run(main())
print("done")
