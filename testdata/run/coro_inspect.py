import asyncio
from typing import Awaitable, Callable


def double(x: int) -> int:
    return x * 2


async def triple(x: int) -> int:
    await asyncio.sleep(0)
    return x * 3


class Svc:
    async def fetch(self, n: int) -> int:
        return n + 100

    def peek(self, n: int) -> int:
        return n


def wrap(f: Callable[[int], Awaitable[int]]) -> Callable[[int], Awaitable[int]]:
    async def inner(x: int) -> int:
        return await f(x) + 1
    return inner


def lazy(f: Callable[[int], Awaitable[int]]) -> Callable[[int], Awaitable[int]]:
    return lambda x: f(x)


async def main() -> None:
    print(asyncio.iscoroutinefunction(double), asyncio.iscoroutinefunction(triple))
    s = Svc()
    print(asyncio.iscoroutinefunction(s.fetch), asyncio.iscoroutinefunction(s.peek))
    print(asyncio.iscoroutinefunction(Svc.fetch), asyncio.iscoroutinefunction(print))
    fs: list[Callable[[int], Awaitable[int]]] = [triple, wrap(triple), lazy(triple), s.fetch]
    for f in fs:
        print(asyncio.iscoroutinefunction(f), await f(1))
    c = triple(2)
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(5), asyncio.isfuture(c))
    print(await c)
    t = asyncio.create_task(triple(3))
    print(asyncio.isfuture(t), asyncio.iscoroutine(t))
    aw: Awaitable[int] = t
    print(asyncio.isfuture(aw), asyncio.iscoroutine(aw))
    print(await aw)
    sl = asyncio.sleep(0)
    print(asyncio.iscoroutine(sl), asyncio.isfuture(sl))
    await sl
    f2: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    print(asyncio.isfuture(f2), asyncio.iscoroutine(f2))
    f2.set_result(1)
    print(await f2)
    g = asyncio.gather(triple(1))
    print(asyncio.isfuture(g))
    print(await g)
    o: object = triple
    print(asyncio.iscoroutinefunction(o), asyncio.iscoroutinefunction(Svc))


asyncio.run(main())
