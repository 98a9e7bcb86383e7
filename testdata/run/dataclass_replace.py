# dataclasses.replace: a copy of a dataclass instance with some fields
# changed, built through __init__ (so __post_init__ runs again and init=False
# fields are recomputed), on frozen snapshots of an event-sourced account.
import asyncio
import dataclasses
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Snapshot:
    version: int = 0
    balance: int = 0
    history: tuple[int, ...] = ()
    tags: list[str] = field(default_factory=list)


@dataclass
class Job:
    name: str
    retries: int = 0
    label: str = field(default="", init=False)

    def __post_init__(self) -> None:
        self.label = f"{self.name}#{self.retries}"


class Account:
    def __init__(self) -> None:
        self.snap = Snapshot()

    async def apply(self, amount: int) -> Snapshot:
        await asyncio.sleep(0)
        self.snap = replace(self.snap, version=self.snap.version + 1, balance=self.snap.balance + amount,
                            history=self.snap.history + (amount,))
        return self.snap


async def main() -> None:
    acct = Account()
    first = acct.snap
    snaps = [await acct.apply(a) for a in (100, -30, 45)]
    for s in snaps:
        print(s)
    print(first, first == replace(snaps[0], version=0, balance=0, history=()))
    same = replace(first)
    print(same == first, same is first, same.tags is first.tags)
    job = Job("sync")
    job.label = "edited"
    retry = dataclasses.replace(job, retries=job.retries + 1)
    print(job, retry)


asyncio.run(main())
