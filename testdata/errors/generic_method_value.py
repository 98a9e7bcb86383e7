# A generic method named as a value (not called) is refused.
import asyncio
from typing import Awaitable, Callable, TypeVar

T = TypeVar("T")


class Runner:
    async def run(self, aw: Awaitable[T]) -> T:
        return await aw


async def main() -> None:
    r = Runner()
    f = r.run
    print(await f(asyncio.sleep(0, result=1)))


asyncio.run(main())
