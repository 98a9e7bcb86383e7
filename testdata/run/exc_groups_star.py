# ExceptionGroup and except*: matching, partial handling, re-raise, new
# exceptions from handlers, naked exceptions, split/subgroup/derive.
import asyncio
from typing import Callable


class RetryableError(Exception):
    def __init__(self, job: str) -> None:
        super().__init__(job)
        self.job = job


def run(label: str, f: Callable[[], None]) -> None:
    try:
        f()
        print(label, "-> ok")
    except BaseException as e:
        print(label, "-> escaped:", type(e).__name__, repr(e))


def naked() -> None:
    try:
        raise ValueError("v")
    except* ValueError as eg:
        print("  caught", repr(eg), len(eg.exceptions))


def naked_unmatched() -> None:
    try:
        raise KeyError("k")
    except* ValueError as eg:
        print("  caught", repr(eg))


def partial() -> None:
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2), ExceptionGroup("inner", [ValueError(3), TypeError(4)])])
    except* ValueError as eg:
        print("  values", repr(eg))
    except* TypeError as eg:
        print("  types", repr(eg))


def raise_new() -> None:
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise RuntimeError("new")


def reraise() -> None:
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise


def both() -> None:
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2), TypeError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("x")


def tuple_clause() -> None:
    try:
        raise ExceptionGroup("jobs", [RetryableError("a"), KeyError("b"), RetryableError("c")])
    except* (KeyError, IndexError) as eg:
        print("  lookups", [repr(e) for e in eg.exceptions])
    except* RetryableError as eg:
        print("  retry", [str(e) for e in eg.exceptions], eg.message)


def with_else() -> None:
    try:
        print("  body")
    except* Exception:
        print("  no")
    else:
        print("  else")
    finally:
        print("  finally")


async def fetch(n: int, results: list[int]) -> None:
    if n % 3 == 0:
        raise ValueError(f"bad {n}")
    if n == 4:
        raise TimeoutError(f"slow {n}")
    await asyncio.sleep(0.01 * n)
    results.append(n)


async def crawl() -> None:
    results: list[int] = []
    try:
        async with asyncio.TaskGroup() as tg:
            for n in [1, 2, 3, 4, 6]:
                tg.create_task(fetch(n, results))
    except* ValueError as eg:
        print("values:", sorted(str(e) for e in eg.exceptions))
    except* OSError as eg:
        print("os:", [type(e).__name__ for e in eg.exceptions])
    print("results", results)


def groups() -> None:
    eg = ExceptionGroup("g", [ValueError(1), KeyError(2), ExceptionGroup("inner", [ValueError(3), TypeError(4)])])
    match, rest = eg.split(ValueError)
    print(repr(match))
    print(repr(rest))
    print(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError))))
    same = eg.subgroup(lambda e: True)
    print(same is eg, eg.subgroup(OSError))
    print(str(eg), len(eg.exceptions), eg.message)
    d = eg.derive([ValueError(9)])
    print(repr(d), type(d).__name__)
    base = BaseExceptionGroup("b", [ValueError(1)])
    print(type(base).__name__, repr(base))
    checked: ExceptionGroup[ValueError] = ExceptionGroup("only", [ValueError("x")])
    wider: ExceptionGroup[Exception] = checked
    print(wider.message, [str(e) for e in checked.exceptions])


run("naked", naked)
run("naked_unmatched", naked_unmatched)
run("partial", partial)
run("raise_new", raise_new)
run("reraise", reraise)
run("both", both)
run("tuple", tuple_clause)
run("else", with_else)
groups()
asyncio.run(crawl())
# meta: order-sensitive (the order in which tasks run is what it prints)
