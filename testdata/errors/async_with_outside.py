# async with in a plain def is a SyntaxError in CPython.
import asyncio


def critical(lock: asyncio.Lock) -> None:
    async with lock:
        print("inside")


async def main() -> None:
    critical(asyncio.Lock())

asyncio.run(main())
