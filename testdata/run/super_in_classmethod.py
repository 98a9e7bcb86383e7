# super() inside a class method that does not name cls otherwise
# (acct = super().open(owner, deposit)): the generated function must still
# take the class object, which the base's class method receives (a Go
# build failure before: "undefined: cls").
import asyncio


class Account:
    kind = "basic"

    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.cents = 0

    @classmethod
    def open(cls, owner: str, deposit: int) -> "Account":
        acct = cls(owner)
        acct.cents = deposit
        return acct

    @classmethod
    def label(cls) -> str:
        return "account"

    @staticmethod
    def rate() -> float:
        return 0.01

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.kind} {self.owner} {self.cents}>"


class Premium(Account):
    kind = "premium"

    @classmethod
    def open(cls, owner: str, deposit: int) -> "Account":
        acct = super().open(owner.title(), deposit)
        acct.cents += 1000
        return acct

    @classmethod
    def label(cls) -> str:
        return "premium " + super().label()

    @staticmethod
    def rate() -> float:
        return 0.02

    def yearly(self) -> float:
        return self.cents * (self.rate() + super().rate())


class Gold(Premium):
    kind = "gold"


async def main() -> None:
    await asyncio.sleep(0)
    print(Account.open("ann", 50), Premium.open("pat", 70), Gold.open("gil", 5))
    print(Account.label(), Premium.label(), Gold.label(), Premium("x").yearly(), Gold.open("g", 100).rate())


asyncio.run(main())
