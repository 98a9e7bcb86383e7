"""Attributes first bound as with/async with targets in a method other than
__init__ (with opened(...) as self.handle): declared there, typed by the
context manager, absent until it runs, as in CPython."""
import asyncio
from contextlib import asynccontextmanager, contextmanager
from typing import AsyncIterator, Iterator


@contextmanager
def opened(name: str) -> Iterator[str]:
    print("open", name)
    yield name.upper()
    print("close", name)


@asynccontextmanager
async def session(n: int) -> AsyncIterator[int]:
    await asyncio.sleep(0)
    yield n * 10


class Job:
    def __init__(self, name: str) -> None:
        self.name = name

    def run(self) -> str:
        with opened(self.name) as self.handle:
            return self.handle + "!"

    async def arun(self) -> int:
        async with session(len(self.name)) as self.sid:
            return self.sid + 1


async def main() -> None:
    j = Job("etl")
    try:
        print(j.handle)
    except AttributeError as e:
        print(e)
    print(j.run(), j.handle, await j.arun(), j.sid)


asyncio.run(main())
