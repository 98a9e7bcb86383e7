# A generator held by one local variable is closed (its finally blocks
# run) as CPython's reference counting closes it: when the variable is
# rebound or deleted, and when the function returns.
import asyncio
from collections.abc import Generator, Iterator


def lines(name: str) -> Iterator[str]:
    print(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}:{i}"
    finally:
        print(f"close {name}")


def first_line(name: str) -> str:
    src = lines(name)
    return next(src)


def two_heads() -> list[str]:
    out: list[str] = []
    a = lines("a")
    b = lines("b")
    out.append(next(a))
    out.append(next(b))
    print("returning")
    return out


def rotate(names: list[str]) -> None:
    cur = lines(names[0])
    for name in names[1:]:
        print("got", next(cur))
        cur = lines(name)
        print("switched to", name)
    print("last", next(cur))
    del cur
    print("deleted")


def guarded(name: str) -> str:
    src = lines(name)
    try:
        head = next(src)
        return head.upper()
    finally:
        print("finally runs first")


def running_total() -> Generator[int, int, None]:
    total = 0
    try:
        while True:
            total += yield total
    finally:
        print("total closed at", total)


def feed(values: list[int]) -> int:
    acc = running_total()
    next(acc)
    last = 0
    for v in values:
        last = acc.send(v)
    return last


def partial_loop(name: str) -> int:
    src = lines(name)
    n = 0
    for _ in src:
        n += 1
        if n == 2:
            break
    print("after loop", n)
    return n


async def fetch(name: str) -> str:
    src = lines(name)
    await asyncio.sleep(0)
    head = next(src)
    await asyncio.sleep(0)
    return head


async def main() -> None:
    print(first_line("x"))
    print(two_heads())
    rotate(["p", "q", "r"])
    print(guarded("g"))
    print(feed([1, 2, 3]))
    print(partial_loop("loop"))
    print(await asyncio.gather(fetch("t1"), fetch("t2")))
    print("done")


asyncio.run(main())
