# Decorators on nested defs: user decorators (plain and factories taking
# arguments, stacked), @asynccontextmanager / @contextmanager helpers
# local to a function (with defaults), a memoizing decorator whose
# wrapped function recurses through its decorated name, and a def
# decorated inside a loop. The decorators see fn.__name__.
import asyncio
from contextlib import asynccontextmanager, contextmanager
from typing import AsyncIterator, Awaitable, Callable, Iterator

Handler = Callable[[int], Awaitable[int]]


def logged(fn: Handler) -> Handler:
    async def wrapper(x: int) -> int:
        print(f"  -> {fn.__name__}({x})")
        return await fn(x)
    return wrapper


def memo(fn: Callable[[int], int]) -> Callable[[int], int]:
    cache: dict[int, int] = {}

    def inner(n: int) -> int:
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return inner


class Registry:
    def __init__(self) -> None:
        self.handlers: dict[str, Handler] = {}

    def register(self, name: str) -> Callable[[Handler], Handler]:
        print("register", name)

        def deco(fn: Handler) -> Handler:
            self.handlers[name] = fn
            return fn
        return deco


def fib_table(limit: int) -> tuple[list[int], int]:
    calls = 0

    @memo
    def fib(n: int) -> int:
        nonlocal calls
        calls += 1
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    @contextmanager
    def section(name: str) -> Iterator[None]:
        print("[", name)
        try:
            yield
        finally:
            print("]", name)

    with section("fib"):
        table = [fib(i) for i in range(limit)]
    return table, calls


async def main() -> None:
    reg = Registry()
    factor = 3

    @reg.register("triple")
    @logged
    async def triple(x: int) -> int:
        return factor * x

    @reg.register("neg")
    async def neg(x: int) -> int:
        await asyncio.sleep(0)
        return -x

    factor = 5
    print(await triple(4), await neg(2))
    for name, h in reg.handlers.items():
        print(name, await h(10))

    @asynccontextmanager
    async def span(label: str, depth: int = 1) -> AsyncIterator[str]:
        print("enter", label)
        try:
            yield label * depth
        finally:
            print("exit", label)

    async with span("ab") as s, span("c", 3) as t:
        print(s, t)
    incs: list[Handler] = []
    for i in range(3):
        @logged
        async def inc(x: int) -> int:
            return x + i
        incs.append(inc)
    print([await f(100) for f in incs])
    table, calls = fib_table(30)
    print(table[-3:], "calls:", calls)


asyncio.run(main())
