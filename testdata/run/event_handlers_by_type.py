# Event handlers registered per event class and looked up with type(e):
# type(e) of an instance is its run-time class, the same object the class's
# name evaluates to, so it finds the handler of the exact class.
import asyncio
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Event:
    seq: int
    actor: str


@dataclass
class Deposited(Event):
    amount: int


@dataclass
class Withdrawn(Event):
    amount: int
    reason: str = "atm"


@dataclass
class Audited(Withdrawn):
    auditor: str = "sys"


def on_deposit(e: Event) -> str:
    return f"+{e.amount}" if isinstance(e, Deposited) else "?"


def on_withdraw(e: Event) -> str:
    return f"-{e.amount} ({e.reason})" if isinstance(e, Withdrawn) else "?"


HANDLERS: dict[type[Event], Callable[[Event], str]] = {Deposited: on_deposit, Withdrawn: on_withdraw}


async def main() -> None:
    q: asyncio.Queue[Event] = asyncio.Queue()
    for e in [Deposited(1, "ann", 100), Withdrawn(2, "bo", 30, "rent"), Event(3, "sys"), Audited(4, "ann", 5)]:
        q.put_nowait(e)
    counts: dict[type[Event], int] = {}
    while not q.empty():
        e = await q.get()
        kind = type(e)
        counts[kind] = counts.get(kind, 0) + 1
        h = HANDLERS.get(type(e))
        print(f"#{e.seq} {e.actor}: {h(e) if h else 'no handler for ' + kind.__name__}")
    print({k.__name__: n for k, n in counts.items()}, type(Audited(5, "x", 1)) in HANDLERS)
    seen = {type(e) for e in [Deposited(6, "a", 1), Deposited(7, "b", 2), Event(8, "c")]}
    print(sorted(k.__name__ for k in seen), Deposited in seen, Withdrawn in seen)
    t: type[Event] = type(Audited(9, "y", 2))
    print(t.__name__, t is Audited, issubclass(t, Withdrawn), t)


asyncio.run(main())
