# Keyword arguments out of parameter order are evaluated as written, also for
# coroutine and generator calls (awaited, given to create_task or gather).
import asyncio
from typing import Iterator


def f(tag: str) -> int:
    print("eval", tag)
    return len(tag)


async def co(a: int, b: int, c: float = 0.5) -> int:
    print("co", a, b, c)
    await asyncio.sleep(0)
    return a + b


def gen(a: int, b: int) -> Iterator[int]:
    print("gen", a, b)
    yield a
    yield b


def plain(a: int, b: int) -> int:
    return a - b


async def main() -> None:
    print(await co(b=f("b"), a=f("aa")))
    print(await co(f("x"), c=f("cc") / 4, b=f("bbb")))
    t = asyncio.create_task(co(b=f("tb"), a=f("ta")))
    print(await t)
    r = await asyncio.gather(co(b=f("gb"), a=f("ga")), co(b=f("hb"), a=await co(1, 2)))
    print(r)
    print(list(gen(b=f("yb"), a=f("ya"))))
    print(plain(b=f("pb"), a=f("pa")))
    print(await co(b=await co(b=f("ib"), a=f("ia")), a=f("oa")))


asyncio.run(main())
