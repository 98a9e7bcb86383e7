# An asynchronous generator expression outside the body of a def (at module
# level) is refused with one message (no follow-on errors where its value
# is used); an unused typing import outside the language is accepted, a
# used one refused where it is used.
import asyncio
from typing import AsyncIterator, Generic


async def agen(n: int) -> AsyncIterator[int]:
    for i in range(n):
        yield i


g = (x async for x in agen(3))


async def main() -> None:
    print([y async for y in g])
    print(Generic)


asyncio.run(main())
