import asyncio
import contextlib
from types import TracebackType
from typing import Optional, Union


class Span:
    def __init__(self, name: str) -> None:
        self.name = name

    async def __aenter__(self) -> "Span":
        print("open span", self.name)
        return self

    async def __aexit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> bool:
        print("close span", self.name, exc_type.__name__ if exc_type else None)
        return isinstance(exc, KeyError)


class Quiet:
    def __enter__(self) -> int:
        return 42

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        print("quiet exit")


Guard = Union[asyncio.Lock, Span]


async def step(g: Guard, fail: Optional[Exception]) -> str:
    async with g as handle:
        print("handle:", handle if handle is None else handle.name)
        if fail is not None:
            raise fail
    return "done"


async def main() -> None:
    lock = asyncio.Lock()
    print(await step(lock, None))
    print(await step(Span("a"), None))
    print(await step(Span("b"), KeyError("k")))
    try:
        await step(Span("c"), ValueError("v"))
    except ValueError as e:
        print("escaped:", e)
    try:
        await step(lock, ValueError("w"))
    except ValueError as e:
        print("escaped:", e, lock.locked())
    sems: list[Optional[asyncio.Semaphore]] = [asyncio.Semaphore(1), None]
    for sem in sems:
        ctx = sem or contextlib.nullcontext()
        async with ctx as v:
            print("in ctx", v)
    quiet(Quiet())
    quiet(Loud())


class Loud:
    def __enter__(self) -> int:
        print("loud enter")
        return 1

    def __exit__(self, *exc: object) -> None:
        print("loud exit")


def quiet(q: Union[Quiet, Loud]) -> None:
    with q as n:
        print("n =", n + 1)

asyncio.run(main())
