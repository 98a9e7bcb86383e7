# f.__doc__ of function values: a def's docstring (one line or several,
# indentation kept as CPython 3.11 keeps it), None without one (a lambda,
# a wrapper made by a decorator), read through a registry of Callables,
# a bound method value and a nested def.
import asyncio
from typing import Awaitable, Callable, Optional

Handler = Callable[[str], Awaitable[str]]
REGISTRY: dict[str, Handler] = {}


def register(name: str) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        REGISTRY[name] = fn
        return fn
    return deco


def logged(fn: Handler) -> Handler:
    async def wrapper(arg: str) -> str:
        return await fn(arg)
    return wrapper


@register("echo")
async def echo(arg: str) -> str:
    """echo <text>: repeat the text"""
    return arg


@register("shout")
async def shout(arg: str) -> str:
    """shout <text>: repeat it loudly.

    The text is upper-cased first.
    """
    return arg.upper()


@register("quiet")
@logged
async def quiet(arg: str) -> str:
    """never seen: the wrapper has no docstring"""
    return arg.lower()


@register("bare")
async def bare(arg: str) -> str:
    return arg


class Greeter:
    def hello(self, who: str) -> str:
        """Say hello."""
        return f"hello {who}"


def describe(fn: Callable[[str], str]) -> Optional[str]:
    return fn.__doc__


async def main() -> None:
    for name, fn in REGISTRY.items():
        doc = fn.__doc__
        summary = doc.split(":", 1)[-1].strip().splitlines()[0] if doc else "(no help)"
        print(f"/{name:<6} {summary!r} {await fn('Hi')}")
    print(repr(shout.__doc__))
    g = Greeter()
    print(describe(g.hello), describe(lambda s: s))

    def local(s: str) -> str:
        "A local helper."
        return s

    print(describe(local), echo.__doc__ == REGISTRY["echo"].__doc__)


asyncio.run(main())
