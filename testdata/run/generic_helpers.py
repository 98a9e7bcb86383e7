# Generic helpers (first, group_by, pair, with_timeout, gather_limited...):
# type variables bound from lists, Sequences, Callables (lambdas and named
# functions, len), Awaitables and Coroutines, one inside another.
import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Coroutine, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K")
U = TypeVar("U")


@dataclass
class User:
    name: str
    team: str
    score: int


def first(xs: Sequence[T]) -> Optional[T]:
    return xs[0] if xs else None


def group_by(items: list[T], key: Callable[[T], K]) -> dict[K, list[T]]:
    out: dict[K, list[T]] = {}
    for it in items:
        out.setdefault(key(it), []).append(it)
    return out


def pair(a: T, b: U) -> tuple[T, U]:
    return (a, b)


def last_two(xs: list[T]) -> list[T]:
    if len(xs) <= 2:
        return xs
    return last_two(xs[1:])


async def with_timeout(aw: Awaitable[T], timeout: float, default: T) -> T:
    try:
        return await asyncio.wait_for(aw, timeout)
    except asyncio.TimeoutError:
        return default


async def gather_limited(coros: list[Coroutine[Any, Any, T]], limit: int) -> list[T]:
    sem = asyncio.Semaphore(limit)
    active = 0
    peak = 0

    async def run(c: Coroutine[Any, Any, T]) -> T:
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            try:
                return await c
            finally:
                active -= 1

    results = await asyncio.gather(*(run(c) for c in coros))
    print(f"  peak concurrency {peak}")
    return list(results)


async def fetch(n: int) -> str:
    await asyncio.sleep(0.01 * n)
    return f"item{n}"


async def square(n: int) -> int:
    await asyncio.sleep(0.001)
    return n * n


def largest(xs: list[T], key: Callable[[T], int]) -> T:
    best = xs[0]
    for x in xs[1:]:
        if key(x) > key(best):
            best = x
    return best


async def main() -> None:
    users = [User("ann", "red", 7), User("bob", "blue", 3), User("cy", "red", 9), User("di", "blue", 5)]
    print(first(users), first([3, 4]), first(""))
    teams = group_by(users, lambda u: u.team)
    for team, members in teams.items():
        print(team, [m.name for m in members])
    by_len = group_by(["a", "bb", "cc", "d"], len)
    print(by_len)
    print(pair(1, "x"), pair(users[0].name, 2.5), last_two([1, 2, 3, 4]), last_two(["q"]))
    print(await with_timeout(fetch(1), 0.5, "none"), await with_timeout(fetch(90), 0.05, "timed out"))
    print(await gather_limited([fetch(i) for i in range(4)], 2))
    print(await gather_limited([square(i) for i in range(5)], 3))
    top = largest(users, lambda u: u.score)
    print(top.name, largest(["aa", "b", "cccc"], len))
    f = first(await gather_limited([square(9)], 1))
    print(f, pair(first(users), first([1.5])))


asyncio.run(main())
