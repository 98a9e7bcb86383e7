# Default values are evaluated once, when the def statement runs (for a
# method: when its class statement runs), not when a call leaves them out:
# a default reading a module variable keeps the value it had then, a
# default calling a function calls it once, and a nested function taken
# as a value keeps the defaults of the def that made it.
import asyncio
from typing import Awaitable, Callable

calls = 0


def stamp(label: str) -> str:
    global calls
    calls += 1
    print(f"stamp({label}) call #{calls}")
    return f"{label}#{calls}"


LIMIT = 3
GREETING = "hello"


def greet(name: str, greeting: str = GREETING + ",", tag: str = stamp("greet")) -> str:
    return f"{greeting} {name} [{tag}]"


def logged(fn: Callable[[int, int], int]) -> Callable[[int, int], int]:
    print("decorating", LIMIT)
    return fn


@logged
def clamp(x: int, hi: int = LIMIT * 10) -> int:
    return min(x, hi)


def plain_clamp(x: int, hi: int = LIMIT * 10) -> int:
    return min(x, hi)


class Retry:
    def __init__(self, tries: int = LIMIT, label: str = stamp("Retry")) -> None:
        self.tries = tries
        self.label = label

    def describe(self, sep: str = GREETING[0]) -> str:
        return f"{self.label}{sep}{self.tries}"


async def fetch(key: str, timeout: float = LIMIT / 2, marker: str = stamp("fetch")) -> str:
    await asyncio.sleep(0)
    return f"{key}:{timeout}:{marker}"


LIMIT = 7
GREETING = "bye"


def makers() -> list[Callable[[], str]]:
    out: list[Callable[[], str]] = []
    for word in ["x", "y", "z"]:
        def make(w: str = word.upper(), n: int = len(out)) -> str:
            return w * (n + 1)
        out.append(make)
    return out


async def retriers() -> None:
    # A parameter named like the local its default reads, in a loop; the
    # values keep the default of the def that made them.
    fs: list[Callable[[], Awaitable[int]]] = []
    for j in (3, 10):
        async def attempt(j: int = j) -> int:
            await asyncio.sleep(0)
            return j * 2
        fs.append(attempt)
        print("direct", await attempt(), await attempt(1))
    print([await f() for f in fs])


async def main() -> None:
    await retriers()
    print(greet("ann"), greet("bob", "hi"))
    print(clamp(100, 30), clamp(5, 2), plain_clamp(100))
    r = Retry()
    print(r.tries, r.label, r.describe(), Retry(1, "once").describe("/"))
    print(await fetch("k"), await fetch("j", 0.5))
    print([m() for m in makers()])
    print("calls:", calls, "LIMIT:", LIMIT)


asyncio.run(main())
