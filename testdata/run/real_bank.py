# Bank transfers between accounts with per-account locks (ordered to avoid deadlock), overdraft errors and an audit ledger.
import asyncio
from dataclasses import dataclass, field
from typing import Optional


class InsufficientFunds(Exception):
    def __init__(self, account: str, needed: int, available: int) -> None:
        super().__init__(f"{account}: need {needed}, have {available}")
        self.account = account
        self.shortfall = needed - available


class FrozenAccount(Exception):
    pass


@dataclass
class Account:
    name: str
    balance: int
    frozen: bool = False
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


@dataclass
class Transfer:
    src: str
    dst: str
    amount: int
    error: Optional[str] = None


class Bank:
    def __init__(self, accounts: list[Account]) -> None:
        self.accounts = {a.name: a for a in accounts}
        self.ledger: list[str] = []

    async def transfer(self, t: Transfer) -> bool:
        a, b = self.accounts[t.src], self.accounts[t.dst]
        first, second = (a, b) if a.name < b.name else (b, a)
        async with first.lock:
            await asyncio.sleep(0)
            async with second.lock:
                try:
                    if a.frozen or b.frozen:
                        raise FrozenAccount(f"{a.name if a.frozen else b.name} is frozen")
                    if a.balance < t.amount:
                        raise InsufficientFunds(a.name, t.amount, a.balance)
                    a.balance -= t.amount
                    b.balance += t.amount
                    self.ledger.append(f"{t.src}->{t.dst} {t.amount}")
                    return True
                except (InsufficientFunds, FrozenAccount) as e:
                    t.error = f"{type(e).__name__}: {e}"
                    return False

    def total(self) -> int:
        return sum(a.balance for a in self.accounts.values())


async def main() -> None:
    bank = Bank([Account("alice", 100), Account("bob", 50), Account("carol", 0), Account("dave", 500, frozen=True)])
    transfers = [
        Transfer("alice", "bob", 30),
        Transfer("bob", "alice", 70),
        Transfer("carol", "alice", 10),
        Transfer("alice", "carol", 60),
        Transfer("dave", "alice", 100),
        Transfer("bob", "carol", 15),
    ]
    before = bank.total()
    results = await asyncio.gather(*(bank.transfer(t) for t in transfers))
    print("results:", results)
    for t in transfers:
        if t.error:
            print(f"  failed {t.src}->{t.dst}: {t.error}")
    print("balances:", {n: a.balance for n, a in sorted(bank.accounts.items())})
    print("conserved:", before == bank.total(), bank.total())
    print("ledger:", bank.ledger)
    shortfalls = []
    for t in transfers:
        try:
            acct = bank.accounts[t.src]
            if acct.balance < t.amount:
                raise InsufficientFunds(acct.name, t.amount, acct.balance)
        except InsufficientFunds as e:
            shortfalls.append((e.account, e.shortfall))
    print("would fail now:", shortfalls)


asyncio.run(main())
