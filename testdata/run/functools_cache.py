# aiogo: extensions
import asyncio
import functools
from enum import Enum
from functools import cache, lru_cache
from typing import Optional


class Color(Enum):
    RED = 1
    BLUE = 2


class Node:
    def __init__(self, name: str) -> None:
        self.name = name


calls: list[str] = []


@lru_cache(maxsize=2)
def square(n: int) -> int:
    calls.append(f"sq{n}")
    return n * n


@functools.lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.cache
def describe(c: Color, pos: tuple[int, int], tag: Optional[str]) -> str:
    calls.append(f"d{c.name}")
    return f"{c.name}@{pos}:{tag}"


@lru_cache(0)
def nocache(x: float) -> float:
    calls.append(f"n{x}")
    return x / 2


@lru_cache
def label(node: Node) -> str:
    calls.append("label " + node.name)
    return node.name.upper()


@cache
def answer() -> int:
    calls.append("answer")
    return 42


def ways(coins: tuple[int, ...], total: int) -> int:
    @cache
    def go(i: int, left: int) -> int:
        if left == 0:
            return 1
        if left < 0 or i == len(coins):
            return 0
        return go(i, left - coins[i]) + go(i + 1, left)
    return go(0, total)


async def main() -> None:
    print([square(n) for n in (1, 2, 1, 3, 2, 1, 1)])
    print(calls)
    calls.clear()
    print(fib(90))
    print(describe(Color.RED, (1, 2), None), describe(Color.RED, (1, 2), None), describe(Color.BLUE, (1, 2), "x"))
    print(nocache(3.0), nocache(3.0), nocache(-0.5), answer(), answer())
    a, b = Node("a"), Node("a")
    print(label(a), label(a), label(b))
    print(calls)
    print(ways((1, 2, 5, 10, 25, 50), 300))


asyncio.run(main())
