# A with block ends a function only when its context manager cannot swallow
# the exception that ends the body: mypy --strict reports f and g (their
# managers' __exit__ returns bool) and accepts a-e.
import asyncio
import contextlib
from contextlib import contextmanager, asynccontextmanager
from collections.abc import Iterator, AsyncIterator


@contextmanager
def cm() -> Iterator[None]:
    yield


@asynccontextmanager
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


class Sup:
    def __enter__(self) -> None:
        return None

    def __exit__(self, et: object, e: object, tb: object) -> bool:
        return True


def g() -> int:
    with Sup():
        return 1


async def main() -> None:
    print(a(), await b(), await c(), await d(), await e(), await f(), g())

asyncio.run(main())
