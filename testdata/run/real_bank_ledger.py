import asyncio
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator


class LedgerError(Exception):
    """Base class for ledger problems."""


class InsufficientFunds(LedgerError):
    def __init__(self, account: str, balance: int, wanted: int) -> None:
        super().__init__(f"{account}: balance {balance}, wanted {wanted}")
        self.account = account
        self.shortfall = wanted - balance


class UnknownAccount(LedgerError):
    pass


@dataclass
class Account:
    name: str
    balance: int = 0
    lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False)
    history: list[int] = field(default_factory=list)


class Ledger:
    def __init__(self) -> None:
        self.accounts: dict[str, Account] = {}
        self.journal: list[str] = []

    def open(self, name: str, deposit: int = 0) -> Account:
        acct = Account(name, deposit)
        acct.history.append(deposit)
        self.accounts[name] = acct
        return acct

    def get(self, name: str) -> Account:
        try:
            return self.accounts[name]
        except KeyError:
            raise UnknownAccount(name) from None

    @asynccontextmanager
    async def locked(self, a: str, b: str) -> AsyncIterator[tuple[Account, Account]]:
        first, second = sorted([a, b])
        x, y = self.get(first), self.get(second)
        async with x.lock:
            async with y.lock:
                yield (x, y) if first == a else (y, x)

    async def transfer(self, src: str, dst: str, amount: int) -> None:
        async with self.locked(src, dst) as (s, d):
            await asyncio.sleep(0.001)
            if s.balance < amount:
                raise InsufficientFunds(s.name, s.balance, amount)
            s.balance -= amount
            d.balance += amount
            s.history.append(-amount)
            d.history.append(amount)
            self.journal.append(f"{src}->{dst}:{amount}")

    def total(self) -> int:
        return sum(a.balance for a in self.accounts.values())


async def worker(ledger: Ledger, jobs: list[tuple[str, str, int]], tag: str) -> list[str]:
    errors: list[str] = []
    for src, dst, amt in jobs:
        try:
            await ledger.transfer(src, dst, amt)
        except InsufficientFunds as e:
            errors.append(f"{tag}: {e} (short {e.shortfall})")
        except LedgerError as e:
            errors.append(f"{tag}: {type(e).__name__} {e}")
    return errors


async def main() -> None:
    ledger = Ledger()
    for name, dep in [("alice", 100), ("bob", 50), ("carol", 0)]:
        ledger.open(name, dep)
    before = ledger.total()
    jobs_a = [("alice", "bob", 30), ("bob", "carol", 70), ("carol", "alice", 10)]
    jobs_b = [("bob", "alice", 20), ("alice", "dave", 5), ("alice", "carol", 60)]
    results = await asyncio.gather(worker(ledger, jobs_a, "A"), worker(ledger, jobs_b, "B"))
    for errs in results:
        for e in errs:
            print(e)
    for acct in sorted(ledger.accounts.values(), key=lambda a: -a.balance):
        print(f"{acct.name:>6}: {acct.balance:5d}  {acct.history}")
    print("journal:", " ".join(ledger.journal))
    assert ledger.total() == before, "money was created or destroyed"
    print("conserved", before)
    print(ledger.accounts["bob"])
    try:
        ledger.get("zed")
    except LedgerError as e:
        print("KeyError caught:", repr(e), isinstance(e, LedgerError))


asyncio.run(main())
