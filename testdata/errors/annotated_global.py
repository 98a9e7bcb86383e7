# A global name annotated inside the function: a SyntaxError in CPython
# ("annotated name 'limit' can't be global").
import asyncio

limit: int = 3


def raise_limit() -> None:
    global limit
    limit: int = 5


async def main() -> None:
    raise_limit()
    print(limit)


asyncio.run(main())
