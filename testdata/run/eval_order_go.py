"""Operands are evaluated left to right although Go orders only calls: reads before later calls, walrus, keyword arguments out of parameter order, augmented assignment."""
from typing import Optional

x = 1
log: list[str] = []


def g() -> int:
    global x
    x += 10
    return x


def note(s: str) -> int:
    log.append(s)
    return len(log)


class P:
    def __init__(self) -> None:
        self.opened = 0
        self.items = [0, 0]

    def get(self) -> "P":
        self.opened += 1
        return self

    @property
    def twice(self) -> int:
        self.opened += 100
        return self.opened * 2


def two(a: int, b: int) -> str:
    return f"{a} {b}"


def kw(a: int, b: int, c: int = 0) -> str:
    return f"{a} {b} {c}"


def main() -> None:
    global x
    p = P()
    print(p.get().opened, p.get().opened)
    print(two(x, g()))
    x = 1
    print(x + g(), x)
    x = 1
    print([x, g(), x])
    x = 1
    print((x, g()))
    x = 1
    print({x: g()})
    x = 1
    print(f"{x} {g()}")
    x = 1
    x += g()
    print(x)
    q = P()
    print(q.opened, q.twice, q.opened)
    q.opened += q.twice
    print(q.opened)
    print(kw(b=note("b"), a=note("a")))
    print(kw(1, c=note("c"), b=note("b2")))
    print(log)
    ys = [1, 2, 3]
    i = 0
    print(ys[i], (i := 2), ys[i])
    y = 5
    print(y, (y := 7), y)
    r = q.items
    print(r[0], r.pop(), len(r))
    print(len(r), r.pop(), len(r))
    s: Optional[int] = 3
    print(s, s is None)


main()
