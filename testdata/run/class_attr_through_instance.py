"""Class attributes assigned through an instance (a.fee = Money(5)): that instance gets its own; the others and the class keep the class value."""
import asyncio


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __repr__(self) -> str:
        return f"Money({self.cents})"


class Acct:
    fee = Money(2)
    currency = "EUR"

    def __init__(self, name: str) -> None:
        self.name = name


async def main() -> None:
    a, b = Acct("a"), Acct("b")
    a.fee = Money(5)
    b.currency = "USD"
    print(a.fee, b.fee, Acct.fee, a.currency, b.currency, b.fee is Acct.fee)


asyncio.run(main())
