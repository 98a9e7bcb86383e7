# A @contextmanager / @asynccontextmanager method named as a value (c = pool.conn,
# a list of bound methods): each call makes a fresh context manager, with the
# method's defaults filled when arguments are left out.
import asyncio
from contextlib import asynccontextmanager, contextmanager
from typing import AsyncIterator, Iterator


class Pool:
    def __init__(self) -> None:
        self.n = 0

    @asynccontextmanager
    async def conn(self, tag: str = "rw") -> AsyncIterator[str]:
        self.n += 1
        print("open", self.n, tag)
        yield f"conn{self.n}:{tag}"
        print("close", self.n)

    @contextmanager
    def span(self, name: str) -> Iterator[int]:
        yield len(name) + self.n


async def main() -> None:
    p = Pool()
    c = p.conn
    async with c() as v:
        print(v)
    async with c("ro") as v:
        print(v)
    s = p.span
    with s("abcd") as k:
        print(k)
    for f in [p.conn, Pool().conn]:
        async with f("x") as v:
            print(v)


asyncio.run(main())
