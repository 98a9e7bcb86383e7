"""Class attributes as instance defaults: instances that never assign their own read the class's."""
import asyncio


class Account:
    fee = 2
    limits = (100, 500)
    label = "std"

    def __init__(self, name: str, vip: bool = False) -> None:
        self.name = name
        if vip:
            self.fee = 0
            self.label = "vip"

    def charge(self, amount: int) -> int:
        return amount + self.fee

    def upgrade(self) -> None:
        self.limits = (1000, 5000)


class Business(Account):
    fee = 5


async def main() -> None:
    a, b, c = Account("a"), Account("b", vip=True), Business("c")
    print(a.fee, b.fee, c.fee, Account.fee, Business.fee)
    print(a.charge(10), b.charge(10), c.charge(10))
    print(a.label, b.label, c.label)
    a.upgrade()
    print(a.limits, b.limits, Account.limits)
    c.fee += 1
    print(c.fee, Business.fee)


asyncio.run(main())
