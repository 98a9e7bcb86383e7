import asyncio
from typing import AsyncIterator


async def work(i: int) -> int:
    await asyncio.sleep(0.01 * (3 - i))
    return i * i


async def merge(gens: list[AsyncIterator[int]]) -> list[int]:
    out: list[int] = []
    for g in gens:
        out.extend([x async for x in g])
    return out


async def main() -> None:
    tasks = [asyncio.create_task(work(i)) for i in range(3)]
    done_order = [await c for c in asyncio.as_completed(tasks)]
    print(done_order)
    lazy = (await asyncio.wait_for(work(i), timeout=1) for i in range(3))
    print([v async for v in lazy])
    evens = (v async for v in aiter_range(6) if v % 2 == 0)
    odds = (v async for v in aiter_range(6) if v % 2)
    print(await merge([evens, odds]))
    total = sum([v async for v in (w * 2 async for w in aiter_range(4))])
    print(total)


async def aiter_range(n: int) -> AsyncIterator[int]:
    for i in range(n):
        await asyncio.sleep(0)
        yield i


asyncio.run(main())
