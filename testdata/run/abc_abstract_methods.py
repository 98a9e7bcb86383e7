# aiogo: extensions
import abc
import asyncio
from abc import ABC, abstractmethod


class PaymentMethod(ABC):
    """A way to pay."""

    fee_rate = 0.0

    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.charged: list[int] = []

    @property
    @abstractmethod
    def kind(self) -> str:
        """Short name."""

    @abstractmethod
    def authorize(self, cents: int) -> bool: ...

    @abstractmethod
    async def settle(self, cents: int) -> str:
        pass

    @abstractmethod
    def describe(self) -> str:
        return f"{self.kind} of {self.owner}"

    def charge(self, cents: int) -> int:
        if not self.authorize(cents):
            raise ValueError(f"{self.kind} declined {cents}")
        total = cents + round(cents * self.fee_rate)
        self.charged.append(total)
        return total


class Card(PaymentMethod):
    fee_rate = 0.029

    def __init__(self, owner: str, limit: int) -> None:
        super().__init__(owner)
        self.limit = limit

    @property
    def kind(self) -> str:
        return "card"

    def authorize(self, cents: int) -> bool:
        return sum(self.charged) + cents <= self.limit

    async def settle(self, cents: int) -> str:
        await asyncio.sleep(0.01)
        return f"card settled {cents}"

    def describe(self) -> str:
        return super().describe() + f" (limit {self.limit})"


class Wallet(PaymentMethod):
    def __init__(self, owner: str, balance: int) -> None:
        super().__init__(owner)
        self.balance = balance

    @property
    def kind(self) -> str:
        return "wallet"

    def authorize(self, cents: int) -> bool:
        ok = cents <= self.balance
        if ok:
            self.balance -= cents
        return ok

    async def settle(self, cents: int) -> str:
        return f"wallet settled {cents}, left {self.balance}"

    def describe(self) -> str:
        return "e-" + super().describe()


class Exporter(abc.ABC):
    @abc.abstractmethod
    def export(self, rows: list[str]) -> str:
        raise NotImplementedError

    def run(self, rows: list[str]) -> str:
        return f"[{self.export(rows)}]"


class CsvExporter(Exporter):
    def export(self, rows: list[str]) -> str:
        return ",".join(rows)


async def main() -> None:
    methods: list[PaymentMethod] = [Card("ann", 5000), Wallet("bo", 1200)]
    for m in methods:
        print(m.describe(), m.kind)
        for amt in (1000, 999, 4000):
            try:
                print(" ", m.charge(amt), await m.settle(amt))
            except ValueError as e:
                print("  error:", e)
        print(" ", m.charged, isinstance(m, PaymentMethod), isinstance(m, Card))
    print(CsvExporter().run(["a", "b"]))
    ex: Exporter = CsvExporter()
    print(ex.export([]), type(ex).__name__)


asyncio.run(main())
