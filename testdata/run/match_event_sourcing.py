# An event-sourced account folds its events with a match statement.
# aiogo: extensions
import asyncio
from dataclasses import dataclass, field
from typing import Optional, Union


@dataclass(frozen=True)
class Opened:
    owner: str


@dataclass(frozen=True)
class Deposited:
    amount: int


@dataclass(frozen=True)
class Withdrawn:
    amount: int


@dataclass(frozen=True)
class Closed:
    reason: str


Event = Union[Opened, Deposited, Withdrawn, Closed]


class DomainError(Exception):
    pass


@dataclass
class Account:
    owner: str = ""
    balance: int = 0
    open: bool = False
    version: int = 0

    def apply(self, ev: Event) -> "Account":
        match ev:
            case Opened(owner=o):
                self.owner, self.open = o, True
            case Deposited(amount=a):
                self.balance += a
            case Withdrawn(amount=a):
                self.balance -= a
            case Closed():
                self.open = False
        self.version += 1
        return self


@dataclass
class EventStore:
    streams: dict[str, list[Event]] = field(default_factory=dict)
    snapshots: dict[str, tuple[int, Account]] = field(default_factory=dict)
    replays: int = 0

    async def append(self, stream: str, ev: Event, expected_version: int) -> None:
        await asyncio.sleep(0)
        events = self.streams.setdefault(stream, [])
        if len(events) != expected_version:
            raise DomainError(f"concurrency conflict on {stream}: expected v{expected_version}, at v{len(events)}")
        events.append(ev)
        if len(events) % 3 == 0:
            acc = await self.load(stream)
            self.snapshots[stream] = (len(events), Account(acc.owner, acc.balance, acc.open, acc.version))

    async def load(self, stream: str) -> Account:
        start, acc = 0, Account()
        snap: Optional[tuple[int, Account]] = self.snapshots.get(stream)
        if snap is not None:
            start = snap[0]
            acc = Account(snap[1].owner, snap[1].balance, snap[1].open, snap[1].version)
        for ev in self.streams.get(stream, [])[start:]:
            self.replays += 1
            acc.apply(ev)
        return acc


async def command(store: EventStore, stream: str, ev: Event) -> str:
    acc = await store.load(stream)
    if isinstance(ev, Withdrawn) and ev.amount > acc.balance:
        return f"rejected {ev}: balance {acc.balance}"
    if not acc.open and not isinstance(ev, Opened):
        return f"rejected {ev}: account closed"
    try:
        await store.append(stream, ev, acc.version)
    except DomainError as e:
        return f"retry needed: {e}"
    return f"ok {type(ev).__name__}"


async def main() -> None:
    store = EventStore()
    s = "acct-1"
    script: list[Event] = [Opened("ada"), Deposited(100), Withdrawn(30), Withdrawn(500), Deposited(5)]
    for ev in script:
        print(await command(store, s, ev))
    racing = await asyncio.gather(command(store, s, Deposited(1)), command(store, s, Deposited(2)))
    print(racing)
    print(await command(store, s, Closed("moved away")), await command(store, s, Deposited(9)))
    acc = await store.load(s)
    print(acc, "snapshot at", store.snapshots[s][0], "replays", store.replays)
    print([type(e).__name__ for e in store.streams[s]])


asyncio.run(main())
