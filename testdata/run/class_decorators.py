"""Decorators that are objects: classes whose __call__ wraps the decorated function."""
import asyncio
from typing import Awaitable, Callable

AsyncFn = Callable[[int], Awaitable[int]]
SyncFn = Callable[[str], str]


class CountCalls:
    def __init__(self, label: str) -> None:
        self.label = label
        self.calls: dict[str, int] = {}

    def __call__(self, fn: AsyncFn) -> AsyncFn:
        name = fn.__name__

        async def wrapper(x: int) -> int:
            self.calls[name] = self.calls.get(name, 0) + 1
            return await fn(x)
        return wrapper


class Tag:
    def __init__(self, open_: str, close: str) -> None:
        self.open_ = open_
        self.close = close

    def __call__(self, fn: SyncFn) -> SyncFn:
        return lambda s: f"{self.open_}{fn(s)}{self.close}"


def shout(fn: SyncFn) -> SyncFn:
    return lambda s: fn(s).upper()


counter = CountCalls("metrics")


@counter
async def double(x: int) -> int:
    await asyncio.sleep(0)
    return x * 2


@counter
async def square(x: int) -> int:
    return x * x


@Tag("<b>", "</b>")
@shout
def greet(name: str) -> str:
    return f"hello {name}"


@shout
@Tag("[", "]")
def bracket(name: str) -> str:
    return name


async def main() -> None:
    print(await asyncio.gather(double(3), square(4), double(5)))
    print(counter.calls, counter.label)
    print(greet("ann"), bracket("bo"))

    local = CountCalls("local")

    @local
    async def neg(x: int) -> int:
        return -x

    print(await neg(7), await neg(8), local.calls)


asyncio.run(main())
