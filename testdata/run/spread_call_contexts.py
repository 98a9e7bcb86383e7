# Calls spreading a computed tuple or a run-time list in every place a
# call can stand: create_task, gather, list(gen(...)), yield from, async for
# over an async generator, async with, wait_for. The spread expression runs once.
import asyncio
from contextlib import asynccontextmanager
from typing import AsyncIterator, Iterator

calls = 0


def split(n: int) -> tuple[int, int]:
    global calls
    calls += 1
    return divmod(n, 10)


async def pair(a: int, b: int) -> int:
    await asyncio.sleep(0)
    return a * 10 + b


def gen(a: int, b: int) -> Iterator[int]:
    yield a
    yield b


async def agen(a: int, b: int) -> AsyncIterator[int]:
    yield a
    await asyncio.sleep(0)
    yield b


@asynccontextmanager
async def cm(a: int, b: int) -> AsyncIterator[int]:
    yield a + b


def outer() -> Iterator[int]:
    yield from gen(*split(78))


async def main() -> None:
    t = asyncio.create_task(pair(*split(12)))
    print(await t, calls)
    r = await asyncio.gather(pair(*split(34)), pair(*[5, 6]))
    print(r, calls)
    print(list(gen(*split(56))), calls)
    print(list(outer()), calls)
    print([x async for x in agen(*split(90))], calls)
    async with cm(*split(11)) as v:
        print(v, calls)
    print(await asyncio.wait_for(pair(*split(22)), 1), calls)
    for text in ["1", "1 2 3"]:
        try:
            await asyncio.create_task(pair(*[int(x) for x in text.split()]))
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
