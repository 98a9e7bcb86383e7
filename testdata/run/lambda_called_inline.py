"""Middleware composed with lambdas called where they are written (the
loop-variable capture idiom): the parameters take the arguments' types and
the result the type the call is stored as."""
import asyncio
from typing import Awaitable, Callable

Handler = Callable[[str], Awaitable[str]]
Middleware = Callable[[str, Handler], Awaitable[str]]


async def upper(req: str, nxt: Handler) -> str:
    return (await nxt(req.upper())) + "|U"


async def strip(req: str, nxt: Handler) -> str:
    return (await nxt(req.strip())) + "|S"


async def endpoint(req: str) -> str:
    await asyncio.sleep(0)
    return f"<{req}>"


def compose(handler: Handler, chain: list[Middleware]) -> Handler:
    for mw in reversed(chain):
        handler = (lambda m, h: (lambda r: m(r, h)))(mw, handler)
    return handler


def late_binding(n: int) -> list[Callable[[], int]]:
    fs: list[Callable[[], int]] = []
    for i in range(n):
        fs.append((lambda k: lambda: k * 10)(i))
    return fs


async def main() -> None:
    app = compose(endpoint, [strip, upper])
    print(await app("  hello "))
    print([f() for f in late_binding(4)])
    area = (lambda w, h: w * h)(3, 4.5)
    label = (lambda name, n: f"{name}#{n}")("job", 7)
    print(area, label, (lambda xs: sorted(xs, reverse=True))([3, 1, 2]))


asyncio.run(main())
