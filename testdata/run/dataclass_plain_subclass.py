import asyncio
from dataclasses import dataclass, field


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list[str] = field(default_factory=list)

    def deposit(self, amount: float) -> None:
        self.balance += amount
        self.history.append(f"+{amount}")

    def describe(self) -> str:
        return f"{type(self).__name__} of {self.owner}: {self.balance:.2f}"


class Savings(Account):
    RATE = 0.05

    def add_interest(self) -> float:
        gained = round(self.balance * self.RATE, 2)
        self.deposit(gained)
        return gained


class Checking(Account):
    def describe(self) -> str:
        return "checking: " + super().describe()


@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int


class Point3(Point):
    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


async def main() -> None:
    s = Savings("ann", 100.0)
    c = Checking("bob")
    c.deposit(20.0)
    print(s.add_interest(), s, c)
    print(s.describe(), c.describe(), s == Savings("ann", 105.0, ["+5.0"]), s == Account("ann", 105.0, ["+5.0"]))
    p = Point3(1, -2)
    print(p, p.norm1(), p < Point3(2, 0), sorted([Point3(3, 1), Point3(1, 5)]))
    accounts: list[Account] = [s, c, Account("cy", 1.0)]
    print([a.describe() for a in accounts])


asyncio.run(main())
