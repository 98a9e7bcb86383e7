# dataclasses.replace of a value whose static type is a base dataclass
# builds an instance of its run-time class, keeping the subclass's own
# fields (an event log re-sequenced after a merge).
import asyncio
import dataclasses
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Event:
    seq: int
    actor: str


@dataclass(frozen=True)
class Deposit(Event):
    amount: int


@dataclass(frozen=True)
class Transfer(Deposit):
    to: str = "?"
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Note(Event):
    text: str = field(default="")


@dataclass
class Log:
    events: list[Event] = field(default_factory=list)
    last: Event | None = None


def resequence(events: list[Event], start: int) -> list[Event]:
    out: list[Event] = []
    for i, e in enumerate(events):
        out.append(dataclasses.replace(e, seq=start + i))
    return out


async def main() -> None:
    a = [Deposit(7, "ann", 100), Note(9, "sys", "audit"), Transfer(8, "bo", 40, to="ann", tags=("x",))]
    b = [Event(3, "cy"), Deposit(1, "cy", 5)]
    await asyncio.sleep(0)
    merged = resequence(sorted(a + b, key=lambda e: e.seq), 100)
    for e in merged:
        print(f"{type(e).__name__:<8} {e}")
    log = Log(merged)
    log.last = log.events[-1]
    if log.last is not None:
        moved = dataclasses.replace(log.last, actor="zed")
        print(moved, moved == log.last, isinstance(moved, Transfer))
    first = log.events[0]
    print(dataclasses.replace(first), dataclasses.replace(first) == first)


asyncio.run(main())
