"""A local read on a path where it was never assigned raises UnboundLocalError (checked only where definite assignment is not provable)."""
import asyncio
from typing import AsyncIterator, Iterator


class Ctx:
    def __enter__(self) -> int:
        return 4

    def __exit__(self, et: object, ev: object, tb: object) -> None:
        pass


def gen(n: int) -> Iterator[int]:
    for i in range(n):
        yield i
    print("gen last", i)


async def agen(n: int) -> AsyncIterator[int]:
    for i in range(n):
        await asyncio.sleep(0)
        yield i


def exc_name(k: int) -> str:
    try:
        if k:
            raise KeyError(k)
    except KeyError as e:
        msg = str(e)
    else:
        msg = "none"
    return msg


def with_as() -> int:
    with Ctx() as c:
        pass
    return c


def nested(c: bool) -> int:
    if c:
        def h() -> int:
            return 1
    return h()


def outer(c: bool) -> int:
    n = 0

    def inc() -> None:
        nonlocal n
        n += 1
    inc()
    return n


def while_else(k: int) -> int:
    while k > 0:
        k -= 1
        r = k
    else:
        s = 1
    return r + s


def fin(c: bool) -> int:
    try:
        if c:
            t = 1
    finally:
        pass
    return t


async def afor(n: int) -> int:
    async for j in agen(n):
        pass
    return j


async def main() -> None:
    print(list(gen(3)))
    try:
        print(list(gen(0)))
    except UnboundLocalError as e:
        print("ULE", e)
    print(exc_name(1), exc_name(0), with_as(), nested(True), outer(True))
    try:
        print(nested(False))
    except UnboundLocalError as e:
        print("ULE", e)
    print(while_else(3))
    try:
        print(while_else(0))
    except UnboundLocalError as e:
        print("ULE", e)
    print(fin(True))
    try:
        print(fin(False))
    except UnboundLocalError as e:
        print("ULE", e)
    print(await afor(2))
    try:
        print(await afor(0))
    except UnboundLocalError as e:
        print("ULE", e)


asyncio.run(main())
