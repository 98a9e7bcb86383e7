# f.__name__ of function values: decorators logging the wrapped function's
# name (plain and coroutine functions), registries keyed by __name__,
# methods, built-ins and lambdas passed as Callable values.
import asyncio
from typing import Any, Awaitable, Callable, Coroutine

Handler = Callable[[str], Awaitable[int]]
REGISTRY: dict[str, Handler] = {}


def register(fn: Handler) -> Handler:
    REGISTRY[fn.__name__] = fn
    return fn


def logged(fn: Callable[[int], int]) -> Callable[[int], int]:
    def wrapper(x: int) -> int:
        print("calling", fn.__name__)
        return fn(x)

    return wrapper


def timed(fn: Callable[[int], Coroutine[Any, Any, int]]) -> Callable[[int], Coroutine[Any, Any, int]]:
    async def wrapper(x: int) -> int:
        print("start", fn.__name__)
        r = await fn(x)
        print("end", fn.__name__, r)
        return r

    return wrapper


def retry(times: int) -> Callable[[Callable[[], Awaitable[str]]], Callable[[], Awaitable[str]]]:
    def deco(fn: Callable[[], Awaitable[str]]) -> Callable[[], Awaitable[str]]:
        async def attempt() -> str:
            for i in range(times):
                print(f"{fn.__name__}: attempt {i + 1}")
            return await fn()

        return attempt

    return deco


@register
async def ping(arg: str) -> int:
    return len(arg)


@register
async def echo(arg: str) -> int:
    await asyncio.sleep(0)
    return 2 * len(arg)


@logged
def double(x: int) -> int:
    return x * 2


@timed
async def fetch(x: int) -> int:
    await asyncio.sleep(0)
    return x + 1


@retry(2)
async def load() -> str:
    return "loaded"


def traced(fn: Callable[["Service", int], int]) -> Callable[["Service", int], int]:
    def wrapper(self: "Service", n: int) -> int:
        print("->", fn.__name__, n)
        return fn(self, n)

    return wrapper


class Service:
    def __init__(self) -> None:
        self.hits = 0

    @traced
    def grow(self, n: int) -> int:
        return n + 1

    def bump(self, n: int) -> int:
        self.hits += n
        return self.hits

    async def poll(self) -> None:
        await asyncio.sleep(0)


def describe(f: Callable[[int], int]) -> str:
    return f"<{f.__name__}>"


def as_float(f: Callable[[int], float]) -> str:
    return f.__name__


def triple(n: int) -> int:
    return 3 * n


async def main() -> None:
    print(double(3), double.__name__)
    print(await fetch(4), fetch.__name__)
    print(await load(), load.__name__)
    for name, h in REGISTRY.items():
        print(name, h.__name__, await h("abc"))
    s = Service()
    print(s.grow(2))
    ops: list[Callable[[int], int]] = [triple, s.bump, abs, lambda v: v + 1, logged(triple)]
    print([describe(o) for o in ops], [o(3) for o in ops])
    print(as_float(triple), as_float(abs))
    jobs: list[Callable[[], Awaitable[None]]] = [s.poll]
    for job in jobs:
        await job()
        print("ran", job.__name__)
    q: asyncio.Queue[int] = asyncio.Queue()
    put: Callable[[int], None] = q.put_nowait
    print(put.__name__, s.bump.__name__, triple.__name__, len.__name__, str.upper.__name__)

    def inner(v: int) -> int:
        return v

    maybe: Callable[[int], int] | None = inner
    if maybe is not None:
        print(maybe.__name__, describe(inner))


asyncio.run(main())
