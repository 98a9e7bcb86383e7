# Iterating a tuple of instances of related classes gives their nearest common
# base (mypy's join): bound methods taken from the loop variable are values.
import asyncio
from collections.abc import Awaitable, Callable


class Handler:
    name = "base"

    async def handle(self, body: str) -> str:
        raise NotImplementedError

    def describe(self) -> str:
        return f"{type(self).__name__}({self.name})"


class Echo(Handler):
    name = "echo"

    async def handle(self, body: str) -> str:
        await asyncio.sleep(0)
        return body or "<empty>"


class Admin(Echo):
    name = "admin"

    async def handle(self, body: str) -> str:
        return "admin:" + await super().handle(body)


class Upper(Handler):
    name = "upper"

    async def handle(self, body: str) -> str:
        return body.upper()


async def main() -> None:
    routes: dict[str, Callable[[str], Awaitable[str]]] = {}
    for h in (Echo(), Admin()):
        routes["/" + h.name] = h.handle
        print("registered", h.describe())
    for h2 in (Admin(), Upper(), Echo()):
        fn = h2.handle
        print(h2.name, await fn("hi"), isinstance(h2, Echo))
    pair = (Upper(), Admin())
    print(sorted(p.name for p in pair), max(pair, key=lambda p: len(p.name)).describe())
    for path, handler in routes.items():
        print(path, await handler("x"))


asyncio.run(main())
