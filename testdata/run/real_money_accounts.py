import asyncio
from typing import Iterator


class Money:
    def __init__(self, cents: int, currency: str = "EUR") -> None:
        self.cents = cents
        self.currency = currency

    def __add__(self, other: "Money") -> "Money":
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return Money(self.cents + other.cents, self.currency)

    def __sub__(self, other: "Money") -> "Money":
        return self + Money(-other.cents, other.currency)

    def __mul__(self, k: int) -> "Money":
        return Money(self.cents * k, self.currency)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other: "Money") -> bool:
        return self.cents < other.cents

    def __repr__(self) -> str:
        return f"Money({self.cents}, {self.currency!r})"

    def __str__(self) -> str:
        return f"{self.cents / 100:.2f} {self.currency}"

    def __bool__(self) -> bool:
        return self.cents != 0


class Account:
    kind = "basic"

    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.entries: list[Money] = []

    def deposit(self, m: Money) -> None:
        self.entries.append(m)

    def balance(self) -> Money:
        total = Money(0)
        for e in self.entries:
            total = total + e
        return total

    def fee(self) -> Money:
        raise NotImplementedError

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Money]:
        return iter(self.entries)

    def __getitem__(self, i: int) -> Money:
        return self.entries[i]

    def __contains__(self, m: Money) -> bool:
        return m in self.entries

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.owner!r}, {len(self)} entries)"


class Checking(Account):
    kind = "checking"

    def fee(self) -> Money:
        return Money(150) if self.balance() < Money(10000) else Money(0)


class Savings(Account):
    kind = "savings"

    def __init__(self, owner: str, rate_bp: int) -> None:
        super().__init__(owner)
        self.rate_bp = rate_bp

    def fee(self) -> Money:
        return Money(0)

    def interest(self) -> Money:
        return Money(self.balance().cents * self.rate_bp // 10000)


async def month_end(accts: list[Account]) -> list[str]:
    out = []
    for a in accts:
        await asyncio.sleep(0)
        try:
            f = a.fee()
        except NotImplementedError:
            out.append(f"{a!r}: no fee schedule")
            continue
        if f:
            a.deposit(Money(-f.cents))
        if isinstance(a, Savings):
            a.deposit(a.interest())
        out.append(f"{a.owner:<6} {a.kind:<9} fee={f} balance={a.balance()}")
    return out


async def main() -> None:
    c = Checking("ann")
    s = Savings("bob", 250)
    b = Account("cy")
    for amt in (5000, 2500, -1200):
        c.deposit(Money(amt))
    s.deposit(Money(200000))
    b.deposit(Money(1))
    for line in await month_end([c, s, b]):
        print(line)
    print(len(c), c[0], c[-1], Money(2500) in c, Money(9) in c, [str(m) for m in c])
    print(sorted([Money(5), Money(-3), Money(4)]), max(s))
    print(Money(100) * 3 - Money(50), Money(1) == Money(1, "USD"), bool(Money(0)), repr(Money(7, "USD")))
    try:
        Money(1) + Money(1, "USD")
    except ValueError as e:
        print(e)


asyncio.run(main())
