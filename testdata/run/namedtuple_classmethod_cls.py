# A NamedTuple's class methods construct through cls (no class derives
# from a NamedTuple, so cls is the class itself).
import asyncio
from typing import NamedTuple


class Money(NamedTuple):
    cents: int
    currency: str = "EUR"

    @classmethod
    def parse(cls, s: str) -> "Money":
        amount, _, cur = s.strip().partition(" ")
        whole, _, frac = amount.partition(".")
        sign = -1 if whole.startswith("-") else 1
        return cls(sign * (abs(int(whole)) * 100 + int((frac + "00")[:2])), cur or "EUR")

    @classmethod
    def zero(cls) -> "Money":
        return cls(0)

    def __str__(self) -> str:
        whole, frac = divmod(abs(self.cents), 100)
        return f"{'-' if self.cents < 0 else ''}{whole:,}.{frac:02d} {self.currency}"


async def main() -> None:
    print(Money.parse("12.5"), Money.parse("-3.07 USD"), Money.parse("1234567.891"))
    print(repr(Money.zero()), Money.zero() == Money(0, "EUR"))
    m = Money(5)
    print(m.parse("7.25 GBP"), m.zero()._replace(currency="CHF"))


asyncio.run(main())
