# A class used as a decorator: @Memo binds the function's name to
# Memo(fn), an instance whose __call__ runs it (with a cache and counters
# the program reads). obj.__doc__ of an instance is its class's docstring.
import asyncio
from typing import Callable


class Memo:
    """Memoize a one-argument int function."""

    def __init__(self, fn: Callable[[int], int]) -> None:
        self.fn = fn
        self.cache: dict[int, int] = {}
        self.hits = 0

    def __call__(self, n: int) -> int:
        if n in self.cache:
            self.hits += 1
            return self.cache[n]
        value = self.fn(n)
        self.cache[n] = value
        return value


class CountCalls:
    def __init__(self, fn: Callable[[str], str]) -> None:
        self.fn = fn
        self.calls = 0

    def __call__(self, s: str) -> str:
        self.calls += 1
        return self.fn(s)


@Memo
def stairs(n: int) -> int:
    """Ways to climb n stairs by 1, 2 or 3."""
    if n < 0:
        return 0
    if n == 0:
        return 1
    return stairs(n - 1) + stairs(n - 2) + stairs(n - 3)


@CountCalls
def shout(s: str) -> str:
    return s.upper() + "!"


async def main() -> None:
    print([stairs(n) for n in range(8)], stairs(25))
    print(stairs.hits, len(stairs.cache), stairs.fn.__name__, stairs.fn.__doc__)
    print(stairs.__doc__, type(stairs).__name__)
    print(shout("hi"), shout("yo"), shout.calls, shout.__doc__)

    @CountCalls
    def whisper(s: str) -> str:
        return s.lower() + "..."

    print(whisper("HUSH"), whisper.calls, callable(whisper))
    await asyncio.sleep(0)


asyncio.run(main())
