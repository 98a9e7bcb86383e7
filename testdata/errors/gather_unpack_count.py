# await asyncio.gather(a(), b()) gives as many results as it has arguments
# (a tuple in typeshed's overloads): unpacking them into another number of
# targets is refused, as mypy refuses it.
import asyncio


async def fetch(n: int) -> int:
    await asyncio.sleep(0)
    return n


async def main() -> None:
    a, b, c = await asyncio.gather(fetch(1), fetch(2))
    print(a, b, c)

asyncio.run(main())
