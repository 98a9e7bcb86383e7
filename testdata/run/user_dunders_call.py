# Objects of classes defining __call__ are called and passed as Callables (sorted's
# key, map, a dict of handlers, an awaited async __call__); 2 + m calls m.__radd__(2);
# t += v calls __iadd__ when the class defines it, else __add__.
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __add__(self, other: Money | int) -> Money:
        if isinstance(other, int):
            return Money(self.cents + other)
        return Money(self.cents + other.cents)

    def __radd__(self, other: int) -> Money:
        return Money(self.cents + other)

    def __mul__(self, k: int) -> Money:
        return Money(self.cents * k)

    def __rmul__(self, k: int) -> Money:
        return Money(self.cents * k)

    def __sub__(self, other: Money) -> Money:
        return Money(self.cents - other.cents)

    def __neg__(self) -> Money:
        return Money(-self.cents)

    def __repr__(self) -> str:
        return f"Money({self.cents})"


def money() -> None:
    a = Money(150)
    print(a + 5, 5 + a, a + a, 3 * a, a * 2, -a, a - Money(50))
    print(sum([Money(1)], Money(10)))
    total = 0 + a
    total += Money(1)
    total += 7
    print(total)


class Bag:
    def __init__(self) -> None:
        self.items: list[str] = []

    def __iadd__(self, item: str) -> Bag:
        self.items.append(item)
        return self

    def __add__(self, item: str) -> Bag:
        b = Bag()
        b.items = self.items + [item]
        return b


def bags() -> None:
    b = Bag()
    alias = b
    b += "x"
    b += "y"
    c = b + "z"
    print(alias.items, b is alias, c.items, c is b)


class Counter:
    def __init__(self) -> None:
        self.n = 0

    def __call__(self, step: int = 1) -> int:
        self.n += step
        return self.n


class Greeter:
    def __init__(self, greeting: str) -> None:
        self.greeting = greeting

    async def __call__(self, name: str) -> str:
        await asyncio.sleep(0)
        return f"{self.greeting}, {name}"


def apply(f: Callable[[int], int], xs: list[int]) -> list[int]:
    return [f(x) for x in xs]


async def main() -> None:
    c = Counter()
    print(c(), c(5), c.n, Counter()(2))
    g = Greeter("hi")
    print(await g("bob"), await Greeter("yo")("al"))
    counters = [Counter(), Counter()]
    counters[1](3)
    print([k() for k in counters])
    print(apply(c, [1, 2]), await asyncio.to_thread(Scale(2), 21))


class Scale:
    def __init__(self, k: int) -> None:
        self.k = k

    def __call__(self, x: int) -> int:
        return x * self.k


class Shift(Scale):
    def __call__(self, x: int) -> int:
        return x + self.k


async def later(f: Callable[[str], Awaitable[str]], s: str) -> str:
    return await f(s)


def more() -> None:
    ops: dict[str, Callable[[int], int]] = {"double": Scale(2), "shift": Shift(10), "neg": lambda x: -x}
    print({k: f(3) for k, f in ops.items()})
    fs: list[Scale] = [Scale(3), Shift(1)]
    print([f(5) for f in fs], sorted([4, -7, 2], key=Scale(-1)), list(map(Shift(1), [1, 2])))
    print(asyncio.run(later(Greeter("hey"), "zed")))


money()
bags()
asyncio.run(main())
more()
