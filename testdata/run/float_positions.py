"""Ints stored where floats are declared stay ints, as in CPython: a price
list, an account, a physics step (variables, fields, parameters, returns,
defaults, container elements, optionals, tuples, callables, awaits)."""
import asyncio
from dataclasses import dataclass, field
from typing import Callable, Iterator, Optional


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1

    def total(self) -> float:
        return self.price * self.qty


def discount(price: float, pct: float = 10) -> float:
    return price - price * pct / 100


def cheapest(prices: list[float]) -> float:
    best: float = prices[0]
    for p in prices:
        if p < best:
            best = p
    return best


def restock(prices: list[float]) -> None:
    prices.append(3)


@dataclass
class Account:
    owner: str
    balance: float = 0
    history: list[float] = field(default_factory=list)
    limit: Optional[float] = None

    def deposit(self, amount: float) -> None:
        self.balance += amount
        self.history.append(amount)

    def withdraw(self, amount: float) -> bool:
        if self.limit is not None and amount > self.limit:
            return False
        self.balance -= amount
        self.history.append(-amount)
        return True


class Body:
    gravity: float = 10

    def __init__(self, pos: float, vel: float) -> None:
        self.pos = pos
        self.vel = vel

    def step(self, dt: float) -> None:
        self.vel -= self.gravity * dt
        self.pos += self.vel * dt

    def state(self) -> tuple[float, float]:
        return (self.pos, self.vel)


def ticks(n: int) -> Iterator[float]:
    for i in range(n):
        yield i
    yield 0.5


async def quote(name: str, base: float) -> float:
    await asyncio.sleep(0)
    return base * 2 if name == "pen" else base


def pure_float(xs: list[float]) -> float:
    acc = 0.0
    for x in xs:
        acc += x * 1.5
    return acc


async def main() -> None:
    items = [Item("pen", 2, 3), Item("pad", 2.5), Item("ink", 4)]
    print(items)
    print([it.total() for it in items], sum(it.total() for it in items))
    prices: list[float] = [it.price for it in items]
    print(prices, cheapest(prices), max(prices), sorted(prices))
    restock(prices)
    print(prices, len(prices))
    print(discount(50), discount(50, 20), discount(2.5, 50))
    fees: dict[str, float] = {"ship": 5}
    fees["tax"] = 1.25
    fees["fee"] = fees.get("fee", 0) + 1
    print(fees, sum(fees.values()))

    acct = Account("ann")
    print(acct)
    acct.deposit(100)
    acct.deposit(20.5)
    acct.limit = 50
    print(acct.withdraw(70), acct.withdraw(30), acct)
    print(f"{acct.balance:.2f} {acct.balance} {acct.limit!r} {acct.limit:>5}")

    b = Body(0, 20)
    for _ in range(3):
        b.step(1)
        print(b.state())
    b.step(0.5)
    print(b.state(), b.pos == -17.5, b.vel < 0)

    rate: Callable[[float, float], float] = discount
    print(rate(10, 50), rate(3, 0.5))
    print(list(ticks(3)))

    origin: tuple[float, float] = (0, 0)
    x, y = origin
    print(origin, x + 1, y / 2, x == 0.0, str(x), repr(y))
    q = await quote("pen", 3)
    print(q, await quote("cap", 1.5))
    both = await asyncio.gather(quote("pen", 1), quote("cap", 2))
    print(both)

    total: float = 0
    for it in items:
        total += it.total()
    print(total, round(total), round(total, 1), int(total), total // 4, total % 4)
    count: float = 2
    count = -count
    print(count, abs(count), count ** 2, count * 3, count / 4)
    print(pure_float([1.5, 2.5]))
    print(max(count, 1.5), min(-count, 7.5), max([b.vel, 1.5]), max(3, 2.5))
    best = 3 if count < 0 else 2.5
    print(best, [best, 1.5])
    lo: float = 0
    hi: float = 10
    print((lo + hi) / 2, lo, hi)
    levels: list[float] = []
    levels.extend([1, 2])
    levels.insert(0, 5)
    levels[1] = 7
    print(levels, 7 in levels, levels.index(2))
    elapsed: float = 125
    mins, secs = divmod(elapsed, 60)
    print(mins, secs, divmod(elapsed, 7.5), pow(count, 2), pow(elapsed, 0.5) > 11)
    empty: list[float] = []
    print(max(levels, default=0), max(empty, default=0), min(empty, default=1.5))

    # A display where an Optional container is expected takes its element
    # types from the container (the float position that receives ints).
    print(scaled({1: 2}), scaled({1: 2.5}), scaled())

    # sum([]) is the int 0; sums of floats are floats (an empty one is 0.0,
    # CPython's 0: docs/language.md, not printed here).
    costs: list[float] = [1.25, 2.5]
    print(mean(costs), mean([]), cart_total(costs))
    print(f"{sum(costs):.2f} {sum([]):.2f} {cart_total([]):.3f}", sum([], 0.5), sum([]))
    print(round(sum(costs), 1), sum([0.1, 0.2]))
    total = sum(costs)
    total += 1.0
    by_cat: dict[str, list[float]] = {"a": [1.5], "b": [3.0]}
    print(total, {k: sum(v) for k, v in by_cat.items()}, abs(sum([]) - 1))


def mean(xs: list[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


def cart_total(prices: list[float]) -> float:
    return sum(p for p in prices)


def scaled(d: dict[int, float] | None = None) -> dict[int, float]:
    return {k: v * 2 for k, v in (d or {}).items()}


asyncio.run(main())
