# A generic method that a subclass overrides is refused: each call goes to
# a copy of the method named for its types, which the override would not
# replace.
import asyncio
from typing import Awaitable, TypeVar

T = TypeVar("T")


class Base:
    async def run(self, aw: Awaitable[T]) -> T:
        return await aw


class Sub(Base):
    async def run(self, aw: Awaitable[T]) -> T:
        print("sub")
        return await aw


async def main() -> None:
    b: Base = Sub()
    print(await b.run(asyncio.sleep(0, result=1)))


asyncio.run(main())
