import asyncio
from typing import Awaitable, Callable

Handler = Callable[[], Awaitable[None]]


async def make_decorator() -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        return fn
    return deco


async def main() -> None:
    @(await make_decorator())
    async def job() -> None:
        print("job")

    await job()


asyncio.run(main())
