# A program using asyncio.Barrier gets CPython's Barrier class compiled in
# as a module-level class: a module-level Barrier of its own is refused.
import asyncio


class Barrier:
    pass


async def main() -> None:
    b = asyncio.Barrier(2)
    print(b.parties, Barrier())


asyncio.run(main())
