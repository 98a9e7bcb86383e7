"""Event-sourced shopping accounts: commands produce events, state is a fold over them."""
import asyncio
from dataclasses import dataclass
from typing import Callable, Iterator, Union


@dataclass(frozen=True)
class Opened:
    account: str
    owner: str


@dataclass(frozen=True)
class Deposited:
    account: str
    amount: int


@dataclass(frozen=True)
class Withdrawn:
    account: str
    amount: int


@dataclass(frozen=True)
class Closed:
    account: str
    reason: str


Event = Union[Opened, Deposited, Withdrawn, Closed]


class DomainError(Exception):
    pass


@dataclass
class AccountState:
    owner: str = ""
    balance: int = 0
    open: bool = False
    version: int = 0


def apply(state: AccountState, event: Event) -> AccountState:
    state.version += 1
    if isinstance(event, Opened):
        state.owner = event.owner
        state.open = True
    elif isinstance(event, Deposited):
        state.balance += event.amount
    elif isinstance(event, Withdrawn):
        state.balance -= event.amount
    else:
        state.open = False
    return state


class EventStore:
    def __init__(self) -> None:
        self._events: list[Event] = []
        self._subscribers: list[Callable[[Event], None]] = []
        self._lock = asyncio.Lock()

    def subscribe(self, fn: Callable[[Event], None]) -> None:
        self._subscribers.append(fn)

    def stream(self, account: str) -> Iterator[Event]:
        return (e for e in self._events if e.account == account)

    def load(self, account: str) -> AccountState:
        state = AccountState()
        for e in self.stream(account):
            state = apply(state, e)
        return state

    async def append(self, event: Event, expected_version: int) -> None:
        async with self._lock:
            await asyncio.sleep(0.01)
            current = self.load(event.account).version
            if current != expected_version:
                raise DomainError(f"conflict on {event.account}: expected v{expected_version}, at v{current}")
            self._events.append(event)
        for fn in self._subscribers:
            fn(event)

    def __len__(self) -> int:
        return len(self._events)


async def handle(store: EventStore, command: str) -> None:
    verb, _, rest = command.partition(" ")
    args = rest.split()
    account = args[0]
    state = store.load(account)
    try:
        if verb == "open":
            if state.open:
                raise DomainError(f"{account} already open")
            await store.append(Opened(account, args[1]), state.version)
        elif verb == "deposit":
            await store.append(Deposited(account, int(args[1])), state.version)
        elif verb == "withdraw":
            amount = int(args[1])
            if amount > state.balance:
                raise DomainError(f"insufficient funds in {account}: {state.balance} < {amount}")
            await store.append(Withdrawn(account, amount), state.version)
        elif verb == "close":
            await store.append(Closed(account, " ".join(args[1:]) or "none"), state.version)
        else:
            raise DomainError(f"unknown command {verb!r}")
    except DomainError as e:
        print("rejected:", e)


async def main() -> None:
    store = EventStore()
    totals: dict[str, int] = {}

    def project(e: Event) -> None:
        if isinstance(e, Deposited):
            totals[e.account] = totals.get(e.account, 0) + e.amount
        elif isinstance(e, Withdrawn):
            totals[e.account] = totals.get(e.account, 0) - e.amount

    store.subscribe(project)
    store.subscribe(lambda e: print("event:", type(e).__name__, e))
    for cmd in ["open acc1 alice", "open acc2 bob", "deposit acc1 100", "open acc1 eve"]:
        await handle(store, cmd)
    await asyncio.gather(handle(store, "deposit acc2 50"), handle(store, "deposit acc2 25"))
    await handle(store, "withdraw acc1 130")
    await handle(store, "withdraw acc1 30")
    await handle(store, "close acc2 moved away")
    await handle(store, "refund acc1 5")
    for acc in ("acc1", "acc2"):
        s = store.load(acc)
        print(acc, s, "events:", sum(1 for _ in store.stream(acc)))
    print("projection:", totals, "total events:", len(store))


asyncio.run(main())
