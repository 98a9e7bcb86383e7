"""Calling a base class's method through the class (Base.method(self, ...)),
the pre-super() idiom, where the subclass overrides it: the base's own
method runs on the object, sync and async, two levels up, with defaults
and keywords, and from outside the class."""
import asyncio


class Account:
    def __init__(self, owner: str, balance: int = 0) -> None:
        self.owner = owner
        self.balance = balance
        self.log: list[str] = []

    def deposit(self, amount: int, note: str = "deposit") -> int:
        self.balance += amount
        self.log.append(f"{note}:{amount}")
        return self.balance

    def describe(self) -> str:
        return f"{self.owner} has {self.balance}"

    async def audit(self) -> str:
        await asyncio.sleep(0)
        return f"audit {self.owner}: {len(self.log)} entries"


class Savings(Account):
    def __init__(self, owner: str, rate: float) -> None:
        Account.__init__(self, owner, 100)
        self.rate = rate

    def deposit(self, amount: int, note: str = "deposit") -> int:
        bonus = int(amount * self.rate)
        Account.deposit(self, bonus, note="bonus")
        return Account.deposit(self, amount, note)

    def describe(self) -> str:
        return Account.describe(self) + f" at {self.rate:.0%}"

    async def audit(self) -> str:
        base = await Account.audit(self)
        return base + " (savings)"


class Junior(Savings):
    def __init__(self, owner: str) -> None:
        Savings.__init__(self, owner, 0.5)

    def describe(self) -> str:
        return "junior " + Account.describe(self) + " / " + Savings.describe(self)


class LedgerError(Exception):
    def __init__(self, account: str, code: int) -> None:
        Exception.__init__(self, f"ledger error on {account}")
        self.code = code

    def __str__(self) -> str:
        return Exception.__str__(self) + f" [code {self.code}]"


class Overdraft(LedgerError):
    def __init__(self, account: str) -> None:
        LedgerError.__init__(self, account, 7)


async def main() -> None:
    accounts: list[Account] = [Account("ann"), Savings("bob", 0.1), Junior("cy")]
    for a in accounts:
        a.deposit(40)
        print(a.describe(), a.log)
        print(Account.describe(a), "|", await Account.audit(a), "|", await a.audit())
    j = Junior("dee")
    print(Savings.deposit(j, 10, "gift"), Account.deposit(j, 1), j.log)
    for err in [LedgerError("ann", 2), Overdraft("bob")]:
        try:
            raise err
        except LedgerError as e:
            print(type(e).__name__, str(e), e.args, e.code, repr(e))


asyncio.run(main())
