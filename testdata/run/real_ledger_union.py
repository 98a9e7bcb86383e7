import asyncio
from dataclasses import dataclass, field
from typing import Union


@dataclass
class Deposit:
    account: str
    amount: int

    def apply(self, balances: dict[str, int]) -> None:
        balances[self.account] = balances.get(self.account, 0) + self.amount

    def label(self) -> str:
        return f"+{self.amount} {self.account}"


@dataclass
class Withdraw:
    account: str
    amount: int
    fee: int = 1

    def apply(self, balances: dict[str, int]) -> None:
        balances[self.account] = balances.get(self.account, 0) - self.amount - self.fee

    def label(self) -> str:
        return f"-{self.amount}(+{self.fee}) {self.account}"


Op = Union[Deposit, Withdraw]


class Ledger:
    @dataclass
    class Entry:
        seq: int
        op: Op

    def __init__(self) -> None:
        self.entries: list[Ledger.Entry] = []
        self.balances: dict[str, int] = {}

    def record(self, op: Op) -> "Ledger.Entry":
        e = Ledger.Entry(len(self.entries) + 1, op)
        op.apply(self.balances)
        self.entries.append(e)
        return e

    @classmethod
    def replay(cls, ops: list[Op]) -> "Ledger":
        led = cls()
        for o in ops:
            led.record(o)
        return led


class AuditedLedger(Ledger):
    def record(self, op: Op) -> "Ledger.Entry":
        e = super().record(op)
        print("audit", e.seq, op.label(), op.account)
        return e


async def worker(led: Ledger, ops: list[Op], lock: asyncio.Lock) -> None:
    for o in ops:
        async with lock:
            led.record(o)
        await asyncio.sleep(0)


async def main() -> None:
    ops: list[Op] = [Deposit("a", 10), Withdraw("a", 3), Deposit("b", 5), Withdraw("b", 1, fee=0)]
    led = AuditedLedger.replay(ops)
    print(type(led).__name__, led.balances, len(led.entries), led.entries[1])
    plain = Ledger.replay(ops[:2])
    print(type(plain).__name__, plain.balances)
    shared = Ledger()
    lock = asyncio.Lock()
    await asyncio.gather(worker(shared, ops[:2], lock), worker(shared, ops[2:], lock))
    print([e.op.label() for e in shared.entries], shared.balances)
    print(sum(e.op.amount for e in shared.entries))


asyncio.run(main())
