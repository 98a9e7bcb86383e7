import asyncio
from contextlib import asynccontextmanager
from typing import AsyncContextManager, AsyncIterator, Callable, Awaitable


class Base:
    def __init__(self, n: int) -> None:
        self.n = n

    def describe(self) -> str:
        return f"base{self.n}"


class Derived(Base):
    def describe(self) -> str:
        return f"derived{self.n}"


@asynccontextmanager
async def derived(n: int) -> AsyncIterator[Derived]:
    print("acquire", n)
    yield Derived(n)
    print("release", n)


@asynccontextmanager
async def number(n: int) -> AsyncIterator[int]:
    yield n * 2


async def consume(cm: AsyncContextManager[Base]) -> str:
    async with cm as b:
        return b.describe()


async def total(makers: list[Callable[[int], AsyncContextManager[int]]]) -> int:
    s = 0
    for i, mk in enumerate(makers):
        async with mk(i + 1) as v:
            s += v
    return s


async def with_retry(factory: Callable[[], AsyncContextManager[Base]], body: Callable[[Base], Awaitable[int]]) -> int:
    for attempt in range(3):
        try:
            async with factory() as b:
                return await body(b)
        except ValueError as e:
            print("attempt", attempt, "failed:", e)
    return -1


async def flaky(b: Base) -> int:
    if b.n < 2:
        b.n += 1
        raise ValueError(b.describe())
    return b.n * 100


async def main() -> None:
    print(await consume(derived(1)))
    print(await total([number, number, number]))
    shared = Derived(0)

    @asynccontextmanager
    async def reuse() -> AsyncIterator[Base]:
        yield shared

    print(await with_retry(reuse, flaky))
    print(await with_retry(lambda: derived(7), flaky))


asyncio.run(main())
