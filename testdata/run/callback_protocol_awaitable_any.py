import asyncio
from typing import Any, Awaitable, Callable, Protocol


class Sink(Protocol):
    def __call__(self, msg: str) -> None: ...


class Printer:
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def __call__(self, msg: str) -> None:
        print(self.prefix + msg)


def emit(s: Sink, m: str) -> None:
    s(m)


Task = Callable[[], Awaitable[int]]


def timed(label: str) -> Callable[[Task], Task]:
    def deco(fn: Task) -> Task:
        async def wrapper() -> int:
            r = await fn()
            print(f"{label}: {r}")
            return r
        return wrapper
    return deco


@timed("answer")
async def answer() -> int:
    await asyncio.sleep(0)
    return 42


async def run_all(jobs: list[Callable[[], Awaitable[Any]]]) -> list[Any]:
    return [await j() for j in jobs]


async def main() -> None:
    emit(Printer("> "), "hello")
    emit(lambda m: print(m.upper()), "lam")
    print(await answer())
    print(await run_all([answer, answer]))


asyncio.run(main())
