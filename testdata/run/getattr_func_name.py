"""A metrics decorator labelling what it wraps with getattr(fn, "__name__", ...):
functions and methods have a name, callable objects do not (hasattr is False,
the default is used, fn.__name__ raises AttributeError)."""
import asyncio
from typing import Awaitable, Callable, Optional

Handler = Callable[[str], Awaitable[str]]
CALLS: dict[str, int] = {}


def counted(fn: Handler) -> Handler:
    label = getattr(fn, "__name__", "<callable>")

    async def wrapper(arg: str) -> str:
        CALLS[label] = CALLS.get(label, 0) + 1
        return await fn(arg)

    return wrapper


class Echo:
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    async def __call__(self, arg: str) -> str:
        await asyncio.sleep(0)
        return self.prefix + arg

    async def shout(self, arg: str) -> str:
        return arg.upper()


async def reverse(arg: str) -> str:
    await asyncio.sleep(0)
    return arg[::-1]


def describe(fn: Handler) -> str:
    if hasattr(fn, "__name__"):
        return f"function {fn.__name__}"
    return "callable object"


def name_or_none(fn: Callable[[int], int]) -> Optional[str]:
    return getattr(fn, "__name__", None)


class Scale:
    def __call__(self, x: int) -> int:
        return 3 * x


async def main() -> None:
    handlers: list[Handler] = [reverse, Echo("> "), Echo("~").shout, lambda s: reverse(s + "!")]
    wrapped = [counted(h) for h in handlers]
    for w in wrapped:
        print(await w("abc"), await w("xy"))
    print(sorted(CALLS.items()))
    print([describe(h) for h in handlers])
    print(name_or_none(abs), name_or_none(Scale()), name_or_none(lambda x: x), getattr(len, "__name__", "?"))
    obj: Callable[[int], int] = Scale()
    try:
        print(obj.__name__)
    except AttributeError as e:
        print("AttributeError:", e)
    print(obj(5), getattr(describe, "__name__"))


asyncio.run(main())
