import asyncio
from collections.abc import AsyncGenerator, AsyncIterator, Iterator
from contextlib import (
    AbstractAsyncContextManager,
    aclosing,
    asynccontextmanager,
    contextmanager,
    nullcontext,
)


@asynccontextmanager
async def connection(name: str) -> AsyncIterator[str]:
    print("open", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled in generator:", e)
    finally:
        print("close", name)


@contextmanager
def span(name: str) -> Iterator[int]:
    print("enter span", name)
    yield len(name)
    print("exit span", name)


async def numbers() -> AsyncGenerator[int, None]:
    try:
        for i in range(10):
            yield i
    finally:
        print("numbers closed")


class Lazy:
    """Opens its connection on first use, keeps the manager to exit it later."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.cm: AbstractAsyncContextManager[str] | None = None
        self.conn = ""

    async def get(self) -> str:
        if self.cm is None:
            self.cm = connection(self.name)
            self.conn = await self.cm.__aenter__()
        return self.conn

    async def close(self, exc: BaseException | None = None) -> bool:
        if self.cm is None:
            return False
        cm, self.cm = self.cm, None
        suppressed = await cm.__aexit__(type(exc) if exc else None, exc, None)
        return bool(suppressed)


async def main() -> None:
    lazy = Lazy("db")
    print("before use")
    print(await lazy.get(), await lazy.get())
    print("closed, suppressed:", await lazy.close())
    await lazy.get()
    print("closed with KeyError, suppressed:", await lazy.close(KeyError("k")))
    await lazy.get()
    print("closed with ValueError, suppressed:", await lazy.close(ValueError("v")))

    s = span("abc")
    print("span value", s.__enter__())
    print("span exit", s.__exit__(None, None, None))

    nc = nullcontext(42)
    print("null", nc.__enter__(), await nc.__aenter__())
    nc.__exit__(None, None, None)
    await nc.__aexit__(None, None, None)

    closer = aclosing(numbers())
    gen = await closer.__aenter__()
    print("first two", await anext(gen), await anext(gen))
    await closer.__aexit__(None, None, None)
    print("after aclosing exit")


asyncio.run(main())
