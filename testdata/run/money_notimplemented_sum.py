# A money value class in the usual style: __add__ returns NotImplemented
# for other operand types (CPython then raises TypeError), __radd__ takes
# the 0 that sum() starts from, so sum(prices) works without a start (an
# empty sum is the int 0).
import asyncio
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Money:
    cents: int
    currency: str = "EUR"

    def __add__(self, other: object) -> "Money":
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"cannot add {self.currency} and {other.currency}")
        return Money(self.cents + other.cents, self.currency)

    def __radd__(self, other: int) -> "Money":
        if other != 0:
            return NotImplemented
        return self

    def __mul__(self, k: object) -> "Money":
        if isinstance(k, int):
            return Money(self.cents * k, self.currency)
        return NotImplemented

    def __rmul__(self, k: int) -> "Money":
        return self * k

    def __str__(self) -> str:
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.currency}"


async def price(item: str) -> Money:
    await asyncio.sleep(0.01 * len(item))
    return Money({"tea": 350, "cake": 425, "pie": 1200}[item])


async def main() -> None:
    prices = await asyncio.gather(*(price(i) for i in ["tea", "cake", "pie"]))
    total = sum(prices)
    print(total, sum(prices[:1]), sum(prices[:0]), sum(prices, Money(100)))
    print(3 * prices[0], prices[1] * 2, sum([p * 2 for p in prices]))
    running = Money(0)
    for p in prices:
        running += p
    print(running, running == total)
    attempts: list[tuple[str, Callable[[], object]]] = [
        ("money + int", lambda: prices[0] + 5),
        ("int + money", lambda: 5 + prices[0]),
        ("0 + money", lambda: 0 + prices[0]),
        ("money * float", lambda: prices[0] * 1.5),
        ("money * str", lambda: prices[0] * "x"),
        ("mixed currency", lambda: prices[0] + Money(1, "USD")),
    ]
    for name, f in attempts:
        try:
            print(f"{name}: {f()}")
        except TypeError as e:
            print(f"{name}: TypeError: {e}")
        except ValueError as e:
            print(f"{name}: ValueError: {e}")
    extra: object = 7
    try:
        running += extra
    except TypeError as e:
        print("augmented:", e)


asyncio.run(main())
