import asyncio
from contextlib import asynccontextmanager, contextmanager, AbstractAsyncContextManager, AbstractContextManager
from typing import AsyncContextManager, ContextManager, AsyncIterator, Iterator, Callable


class Conn:
    def __init__(self, name: str) -> None:
        self.name = name
        self.open = False

    async def query(self, q: str) -> str:
        await asyncio.sleep(0)
        return f"{self.name}:{q}"


@asynccontextmanager
async def connect(name: str) -> AsyncIterator[Conn]:
    c = Conn(name)
    c.open = True
    print("open", name)
    try:
        yield c
    finally:
        c.open = False
        print("close", name)


@contextmanager
def section(title: str) -> Iterator[str]:
    print("begin", title)
    yield title.upper()
    print("end", title)


def factory(name: str) -> AsyncContextManager[Conn]:
    return connect(name)


def sync_factory(t: str) -> ContextManager[str]:
    return section(t)


async def use(cm: AsyncContextManager[Conn], q: str) -> str:
    async with cm as c:
        return await c.query(q)


async def use2(cm: AbstractAsyncContextManager[Conn]) -> str:
    async with cm as c:
        return c.name


def use_sync(cm: AbstractContextManager[str]) -> str:
    with cm as s:
        return s + "!"


class Pool:
    def __init__(self, maker: Callable[[str], AsyncContextManager[Conn]]) -> None:
        self.maker = maker
        self.current: AsyncContextManager[Conn] | None = None

    async def run(self, name: str) -> str:
        self.current = self.maker(name)
        async with self.current as c:
            return await c.query("ping")


async def main() -> None:
    print(await use(connect("a"), "select"))
    print(await use(factory("b"), "update"))
    print(await use2(connect("c")))
    print(use_sync(section("x")))
    print(use_sync(sync_factory("y")))
    p = Pool(connect)
    print(await p.run("d"))
    cms: list[AsyncContextManager[Conn]] = [connect("e"), factory("f")]
    for cm in cms:
        async with cm as c:
            print(c.name, c.open)


asyncio.run(main())
