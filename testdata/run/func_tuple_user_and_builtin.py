# A tuple mixing user functions with built-in unbound methods of the same
# signature is iterated over callables (mypy joins them to Callable[[str], str]).
import asyncio
from typing import Callable


def shout(s: str) -> str:
    return s.upper() + "!"


def reverse(s: str) -> str:
    return s[::-1]


async def main() -> None:
    for f in (shout, reverse, str.lower):
        print(f("MiXed"))
    for g in (str.title, shout, str.upper):
        print(repr(g("  two words ")))
    apply_all: Callable[[str], list[str]] = lambda s: [f(s) for f in (shout, str.swapcase)]
    print(apply_all("aBc"))
    names = [fn.__name__ for fn in (reverse, shout)]
    print(names)


asyncio.run(main())
