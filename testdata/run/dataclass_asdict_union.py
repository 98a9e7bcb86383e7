"""Serializing an event log whose entries are a union of dataclasses:
asdict() and astuple() of a value typed ItemAdded | ItemRemoved | CheckedOut."""
import asyncio
from dataclasses import asdict, astuple, dataclass, field
from typing import Union


@dataclass(frozen=True)
class ItemAdded:
    sku: str
    qty: int
    price: float


@dataclass(frozen=True)
class ItemRemoved:
    sku: str
    qty: int


@dataclass
class CheckedOut:
    at: int
    tags: list[str] = field(default_factory=list)


Event = Union[ItemAdded, ItemRemoved, CheckedOut]


def serialize(ev: Event) -> str:
    body = ", ".join(f"{k}={v!r}" for k, v in asdict(ev).items())
    return f"{type(ev).__name__}({body})"


async def main() -> None:
    log: list[Event] = [ItemAdded("apple", 3, 0.5), ItemRemoved("apple", 1), CheckedOut(42, ["gift"])]
    for ev in log:
        print(serialize(ev), astuple(ev))
    records = [asdict(e) for e in log if isinstance(e, (ItemRemoved, CheckedOut))]
    print(records)
    last = log[-1]
    snapshot = asdict(last)
    if isinstance(last, CheckedOut):
        last.tags.append("late")
    print(snapshot, asdict(last))
    await asyncio.sleep(0)


asyncio.run(main())
