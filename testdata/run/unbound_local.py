"""A local read on a path where it was never assigned raises UnboundLocalError (checked only where definite assignment is not provable)."""
import asyncio
from typing import Optional


def cond(c: bool) -> int:
    if c:
        x = 1
    return x


def loop(n: int) -> int:
    for i in range(n):
        pass
    return i


def trying(k: int) -> int:
    try:
        if k > 0:
            raise ValueError("no")
        y = 5
    except ValueError:
        pass
    return y


def ok(c: bool) -> int:
    if c:
        z = 1
    else:
        z = 2
    return z


def walrus(c: bool) -> int:
    if c and (w := 3) > 2:
        return w
    return 0


async def co(c: bool) -> int:
    if c:
        v = 7
    await asyncio.sleep(0)
    print("after sleep")
    return v


def tuple_target(c: bool) -> str:
    if c:
        a, b = 1, 2
    return f"{a} {b}"


def with_del(c: bool) -> int:
    total = 0
    while total < 3:
        total += 1
        if c:
            q = total
    return q


async def main() -> None:
    for arg in [1, 0]:
        for f in [loop, trying]:
            try:
                print(f(arg))
            except UnboundLocalError as e:
                print("UnboundLocalError:", e)
        try:
            print(cond(arg > 0))
        except UnboundLocalError as e:
            print("UnboundLocalError:", e)
    print(ok(True), ok(False), walrus(True), walrus(False))
    for c in [True, False]:
        try:
            print(await co(c))
        except UnboundLocalError as e:
            print("UnboundLocalError:", e)
        try:
            print(tuple_target(c))
        except NameError as e:
            print(type(e).__name__, e)
        try:
            print(with_del(c))
        except NameError as e:
            print(type(e).__name__, e)
    print(cond(False))


asyncio.run(main())
