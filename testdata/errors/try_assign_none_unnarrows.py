"""Assigning None in a try body undoes the narrowing the handler sees."""
import asyncio


async def risky(n: int) -> int:
    await asyncio.sleep(0)
    if n > 2:
        raise ValueError(n)
    return n


async def main() -> None:
    x: int | None = 5
    try:
        x = None
        await risky(3)
    except ValueError:
        print(x + 1)


asyncio.run(main())
