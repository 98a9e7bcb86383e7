import asyncio


class Account:
    def __init__(self, balance: int) -> None:
        self.balance = balance

    def deposit(self, amount: int) -> None:
        self.balance += amount

    def deposit(self, amount: int) -> None:
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount


async def main() -> None:
    a = Account(10)
    a.deposit(5)
    print(a.balance)


asyncio.run(main())
