import asyncio
import contextlib
from collections.abc import Iterator, AsyncIterator


@contextlib.contextmanager
def cm() -> Iterator[None]:
    yield


@contextlib.asynccontextmanager
async def acm() -> AsyncIterator[None]:
    yield


class ACM:
    async def __aenter__(self) -> None:
        return None

    async def __aexit__(self, et: object, e: object, tb: object) -> bool:
        return False


def a() -> int:
    with cm():
        return 1


async def b() -> int:
    async with acm():
        return 1


async def c() -> int:
    async with asyncio.timeout(1):
        return 1


async def d() -> int:
    async with asyncio.TaskGroup():
        return 1


async def e() -> int:
    lock = asyncio.Lock()
    async with lock:
        return 1


async def f() -> int:
    async with ACM():
        return 1
    return 0


@contextlib.contextmanager
def ignoring() -> Iterator[str]:
    try:
        yield "in"
    except ValueError as e:
        print("ignored", e)
    finally:
        print("left")


@contextlib.asynccontextmanager
async def aignoring() -> AsyncIterator[int]:
    try:
        yield 7
    finally:
        print("aleft")


def g() -> int:
    with ignoring() as s:
        print(s)
        if s:
            raise ValueError("v")
    return 2


async def h() -> int:
    async with aignoring() as n:
        return n


async def main() -> None:
    print(a(), await b(), await c(), await d(), await e(), await f(), g(), await h())

asyncio.run(main())
