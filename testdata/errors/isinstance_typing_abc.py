import asyncio
from collections.abc import Awaitable, Iterable, Sized


async def main() -> None:
    values: list[object] = [1, "s", [2], len]
    for v in values:
        print(isinstance(v, Iterable), isinstance(v, (Sized, int)), isinstance(v, Awaitable))


asyncio.run(main())
