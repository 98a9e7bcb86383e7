"""A route table printing what kind of callable serves each route with
type(handler).__name__: functions, lambdas, bound methods, built-ins, callable
objects; and type() of a coroutine object."""
import asyncio
from typing import Awaitable, Callable

Handler = Callable[[str], Awaitable[str]]


async def index(path: str) -> str:
    return f"index of {path}"


class Static:
    def __init__(self, root: str) -> None:
        self.root = root

    async def __call__(self, path: str) -> str:
        return f"{self.root}{path}"

    async def listing(self, path: str) -> str:
        return f"listing {self.root}{path}"


def describe(h: Handler) -> str:
    return type(h).__name__


async def main() -> None:
    files = Static("/srv")
    routes: dict[str, Handler] = {
        "/": index,
        "/static": files,
        "/ls": files.listing,
        "/echo": lambda p: index(p.upper()),
    }
    for prefix, handler in routes.items():
        print(f"{prefix:<8} {describe(handler):<9} -> {await handler(prefix + '/x')}")
    conv: Callable[[str], str] = str.upper
    print(type(len).__name__, type(files.listing).__name__, type(describe).__name__, conv("ok"))
    coro = index("/late")
    print(type(coro).__name__, await coro)


asyncio.run(main())
