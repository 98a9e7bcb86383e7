"""Generator protocol: send/throw/close, yield from with return values.

Values sent to the delegating generator reach averager through yield from:
ints sent where float is declared stay ints (printed as CPython prints them).
"""
import asyncio
from typing import Generator, Iterator


def averager() -> Generator[float, float, int]:
    total = 0.0
    n = 0
    avg = 0.0
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  averager ignoring:", e)
            continue
        if value < 0:
            break
        print("  reading", value)
        total += value
        n += 1
        avg = total / n
    return n


def delegate(results: list[int]) -> Generator[float, float, None]:
    while True:
        count = yield from averager()
        results.append(count)
        if len(results) >= 2:
            return


def chunks(xs: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(xs), size):
        yield xs[i:i + size]


def countdown(n: int) -> Generator[int, None, None]:
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("  countdown closed at", n)


async def main() -> None:
    results: list[int] = []
    g = delegate(results)
    next(g)
    for v in [10, 20, 30]:
        print("avg", g.send(v))
    print("throw ->", g.throw(ValueError("bad reading")))
    g.send(-1)
    for v in [5, 15]:
        print("avg", g.send(v))
    try:
        g.send(-1)
    except StopIteration:
        print("delegate finished", results)
    print(list(chunks(list(range(7)), 3)))
    c = countdown(5)
    print(next(c), next(c))
    c.close()
    for k in countdown(2):
        print("k", k)
    gen = (i * i for i in range(4))
    print(sum(gen), sum(gen))
    await asyncio.sleep(0)


asyncio.run(main())
