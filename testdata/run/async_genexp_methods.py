import asyncio
from typing import AsyncIterator


class Client:
    def __init__(self, base: str) -> None:
        self.base = base
        self.calls = 0

    async def fetch(self, path: str) -> str:
        await asyncio.sleep(0)
        self.calls += 1
        return f"{self.base}/{path}"

    async def _gen(self, paths: list[str]) -> AsyncIterator[str]:
        for p in paths:
            yield p

    def stream(self, paths: list[str]) -> AsyncIterator[str]:
        return (f"{self.base}:{p}" async for p in self._gen(paths) if p)

    async def fetched(self, paths: list[str]) -> list[str]:
        return [s async for s in (await self.fetch(p) for p in paths)]

    async def upper_all(self, paths: list[str]) -> list[str]:
        src = (s.upper() async for s in self.stream(paths))
        return [x async for x in src]


async def main() -> None:
    c = Client("api")
    print(await c.upper_all(["a", "", "b"]))
    print(c.calls, await c.fetched(["x", "y"]), c.calls)
    async def inner() -> list[int]:
        g = (len(s) async for s in c.stream(["xyz", "q"]))
        return [n async for n in g]
    print(await inner(), c.calls)


asyncio.run(main())
