# Asynchronous generator expressions are refused with one message each (no
# follow-on errors where their values are used); an unused typing import
# outside the language is accepted, a used one refused where it is used.
import asyncio
from typing import AsyncIterator, Generic


async def agen(n: int) -> AsyncIterator[int]:
    for i in range(n):
        yield i


async def double(x: int) -> int:
    return 2 * x


async def main() -> None:
    g = (x async for x in agen(3))
    print([y async for y in g])
    h = (await double(x) for x in range(3))
    async for v in h:
        print(v)
    print(Generic)


asyncio.run(main())
