import asyncio
from contextlib import asynccontextmanager
from typing import AsyncGenerator, AsyncIterator, Optional


class Skip(Exception):
    pass


async def feed(names: list[str]) -> AsyncGenerator[Optional[str], None]:
    for n in names:
        try:
            yield n
        except Skip:
            print("skipped", n)
    print("feed exhausted")


@asynccontextmanager
async def session(log: list[str]) -> AsyncIterator[AsyncGenerator[Optional[str], None]]:
    g = feed(["x"])
    log.append("open")
    yield g
    log.append("close")


async def main() -> None:
    g = feed(["a", "b"])
    print(await anext(g))
    print(await g.athrow(Skip("no a")))
    await g.aclose()
    # CPython 3.11: athrow() on a finished generator gives None, no raise.
    print("after close:", await g.athrow(Skip("late")))
    await g.athrow(ValueError("ignored too"))

    fresh = feed(["c"])
    try:
        await fresh.athrow(ValueError("before start"))
    except ValueError as e:
        print("unstarted raises:", e)
    print("then:", await fresh.athrow(ValueError("again")))

    done = feed([])
    async for _ in done:
        pass
    print("exhausted:", await done.athrow(KeyError("k")))
    try:
        await done.asend(None)
    except StopAsyncIteration:
        print("asend still raises StopAsyncIteration")

    log: list[str] = []
    try:
        async with session(log) as s:
            raise Skip("inside")
    except Skip as e:
        print("body exception escaped:", e)
    print(log, s is not None)


asyncio.run(main())
