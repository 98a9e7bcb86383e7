import asyncio
from typing import AsyncIterator, Callable


async def agen(n: int) -> AsyncIterator[int]:
    for i in range(n):
        yield i


class Src:
    async def items(self) -> AsyncIterator[str]:
        yield "a"

    async def one(self) -> str:
        return "b"


async def main() -> None:
    s = Src()
    print(asyncio.iscoroutinefunction(agen), asyncio.iscoroutinefunction(s.items), asyncio.iscoroutinefunction(s.one))
    fs: list[Callable[[int], AsyncIterator[int]]] = [agen]
    print(asyncio.iscoroutinefunction(fs[0]))
    o: object = s.items
    o2: object = s.one
    print(asyncio.iscoroutinefunction(o), asyncio.iscoroutinefunction(o2))
    print([x async for x in fs[0](3)])


asyncio.run(main())
