import asyncio
from typing import Any, Awaitable, Coroutine


async def get(k: int) -> int | None:
    await asyncio.sleep(0)
    return k if k % 2 else None


async def put(k: int) -> None:
    await asyncio.sleep(0)


async def main() -> None:
    a: list[Coroutine[Any, Any, int | None]] = [get(1), put(2), get(3)]
    print(await asyncio.gather(*a))
    b: list[Awaitable[object]] = [get(1), put(2)]
    print(await asyncio.gather(*b))
    c = [get(5), put(6), get(8)]
    r = await asyncio.gather(*c)
    print(r, [x + 1 for x in r if x is not None])
    d = [asyncio.create_task(get(1)), asyncio.create_task(put(1))]
    print(await asyncio.gather(*d))


asyncio.run(main())
