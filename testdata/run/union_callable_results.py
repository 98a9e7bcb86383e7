import asyncio
from typing import Awaitable, Callable, Union

Hook = Union[Callable[[str], None], Callable[[str], Awaitable[None]]]
Calc = Union[Callable[[int], int], Callable[[int], Awaitable[int]]]


def shout(s: str) -> None:
    print(s.upper())


async def whisper(s: str) -> None:
    await asyncio.sleep(0)
    print(s.lower())


def sq(n: int) -> int:
    return n * n


async def slow_sq(n: int) -> int:
    await asyncio.sleep(0.01)
    return n * n + 1


async def fire(hooks: list[Hook], msg: str) -> None:
    for h in hooks:
        r = h(msg)
        if asyncio.iscoroutine(r):
            await r


async def compute(calcs: list[Calc], n: int) -> list[int]:
    out: list[int] = []
    for c in calcs:
        v = c(n)
        if isinstance(v, int):
            out.append(v)
        else:
            out.append(await v)
    return out


async def main() -> None:
    await fire([shout, whisper, lambda s: print("len", len(s))], "Hello")
    print(await compute([sq, slow_sq, sq], 4))


asyncio.run(main())
