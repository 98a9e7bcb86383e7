# A non-awaitable among gather's arguments, written over several lines: mypy
# reports "no overload variant of gather matches" at the call's first line,
# and so does aiogo.
import asyncio


async def fetch(n: int) -> int:
    await asyncio.sleep(0)
    return n


async def main() -> None:
    results = await asyncio.gather(
        fetch(1),
        fetch(2),
        3,
    )
    print(results)


asyncio.run(main())
