# Generator edge cases: state errors, throw/close corner cases, yields in expressions, delegation.
import asyncio
from typing import Generator, Iterator


def echo() -> Generator[int, int, str]:
    total = 0
    while True:
        x = (yield total) + (yield -1)
        if x == 0:
            return "echo done " + str(total)
        total += x


def with_finally() -> Generator[int, None, None]:
    try:
        yield 1
        yield 2
    finally:
        print("with_finally: finally runs")


def returns_in_finally() -> Generator[int, None, int]:
    try:
        yield 1
    finally:
        return 99


def reentrant(holder: list[Iterator[int]]) -> Iterator[int]:
    yield 1
    try:
        next(holder[0])
    except ValueError as e:
        print("ValueError:", e)
    yield 2


def sub() -> Generator[int, str, str]:
    got = ""
    try:
        while True:
            s = yield len(got)
            got += s
    except KeyError:
        return "sub caught KeyError after " + got


def outer() -> Generator[int, str, None]:
    r = yield from sub()
    print("outer got", r)
    yield 100


def closing_sub() -> Iterator[int]:
    try:
        yield 1
        yield 2
    finally:
        print("closing_sub closed")


def closing_outer() -> Generator[int, None, None]:
    try:
        yield from closing_sub()
    finally:
        print("closing_outer closed")


class Tree:
    label: str
    kids: list["Tree"]

    def __init__(self, label: str, kids: list["Tree"]) -> None:
        self.label = label
        self.kids = kids

    def walk(self) -> Iterator[str]:
        yield self.label
        for k in self.kids:
            yield from k.walk()


def counter(start: int) -> Iterator[int]:
    n = start

    def bump() -> int:
        nonlocal n
        n += 10
        return n

    while n < start + 30:
        yield bump()


def main_sync() -> None:
    e = echo()
    print(next(e), e.send(3), e.send(4), e.send(5), e.send(6))
    try:
        e.send(0)
        e.send(0)
    except StopIteration as s:
        print("stop:", s.value)
    w = with_finally()
    print(next(w))
    w.close()
    print("closed:", next(w, -1))
    r = returns_in_finally()
    next(r)
    try:
        r.throw(ValueError("swallowed"))
    except StopIteration as s:
        print("return in finally swallows:", s.value)
    holder: list[Iterator[int]] = []
    g = reentrant(holder)
    holder.append(g)
    print(list(g))
    o = outer()
    print(next(o), o.send("ab"), o.send("cde"))
    print(o.throw(KeyError("k")))
    c = closing_outer()
    print(next(c))
    c.close()
    t = Tree("a", [Tree("b", [Tree("c", [])]), Tree("d", [])])
    print(list(t.walk()), "-".join(t.walk()))
    print(list(counter(1)))
    fresh = with_finally()
    try:
        fresh.throw(RuntimeError("into unstarted"))
    except RuntimeError as err:
        print("unstarted throw:", err)
    print(next(fresh, 0))
    lazy = (print("evaluated", x) for x in [1, 2])
    print("genexp built")
    for _ in lazy:
        pass
    k = 2
    scaled = (x * k for x in range(3))
    k = 5
    print(list(scaled))
    nested = [(a, b) for a in range(3) for b in (c for c in range(a))]
    print(nested, sorted(x % 3 for x in range(7)), max(x for x in [3, 9, 2]))
    it = iter([1, 2, 3])
    print(next(it), list(it), next(it, 42))
    try:
        print(list(x for x in [next(iter(range(0)), 7)]))
        g2 = (next(it) for _ in range(2))
        print(list(g2))
    except RuntimeError as err:
        print("RuntimeError:", err)


async def main() -> None:
    main_sync()


asyncio.run(main())
