import asyncio
from dataclasses import dataclass
from typing import AsyncGenerator, Generator


def f(tag: str, v: int) -> int:
    print("eval", tag)
    return v


async def val(v: int) -> int:
    print("val", v)
    await asyncio.sleep(0)
    return v


async def co(a: int, b: int, c: int = 0) -> int:
    await asyncio.sleep(0)
    return a * 100 + b * 10 + c


def gen(a: int, b: int) -> Generator[int, None, None]:
    yield a
    yield b


async def agen(a: int, b: int) -> AsyncGenerator[int, None]:
    yield a
    await asyncio.sleep(0)
    yield b


@dataclass
class D:
    a: int
    b: int


class C:
    def __init__(self, a: int, b: int) -> None:
        print("init", a, b)
        self.a = a

    async def m(self, a: int, b: int) -> int:
        await asyncio.sleep(0)
        return a - b

    def plain(self, a: int, b: int) -> int:
        return a * b


async def main() -> None:
    print(await co(c=f("c", 3), b=f("b", 2), a=f("a", 1)))
    t = asyncio.create_task(co(b=f("b", 2), a=f("a", 1)))
    print(await t)
    print(await asyncio.gather(co(b=f("b", 5), a=f("a", 4)), co(1, c=f("c", 9), b=f("b", 8))))
    x = co(b=f("b", 7), a=f("a", 6))
    print(await x)
    print(await co(b=await val(1), a=f("a", 2)))
    print(await co(b=f("b", 3), a=await val(4)))
    print(list(gen(b=f("b", 1), a=f("a", 2))))
    async for v in agen(b=f("b", 3), a=f("a", 4)):
        print("agen", v)
    print(D(b=f("b", 1), a=f("a", 2)))
    cc = C(b=f("b", 1), a=f("a", 2))
    print(await cc.m(b=f("b", 5), a=f("a", 6)))
    print(cc.plain(b=f("b", 5), a=await val(6)))
    print(await asyncio.wait_for(co(b=f("b", 1), a=f("a", 2)), timeout=f("t", 5)))
    print(D(b=await val(1), a=f("a", 2)))
    print(f(b"x".decode(), 1) + await co(b=f("b", 1), a=await val(2)))


asyncio.run(main())
