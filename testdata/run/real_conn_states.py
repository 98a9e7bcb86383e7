import asyncio
from dataclasses import dataclass, field
from typing import Callable, Literal, Optional

State = Literal["idle", "connecting", "connected", "closed"]
TRANSITIONS: dict[State, set[State]] = {
    "idle": {"connecting", "closed"},
    "connecting": {"connected", "idle", "closed"},
    "connected": {"idle", "closed"},
    "closed": set(),
}


class TransitionError(Exception):
    def __init__(self, src: State, dst: State) -> None:
        super().__init__(src, dst)
        self.src = src
        self.dst = dst

    def __str__(self) -> str:
        return f"illegal transition {self.src} -> {self.dst}"


@dataclass
class Connection:
    name: str
    state: State = "idle"
    history: list[tuple[State, State]] = field(default_factory=list)
    listeners: list[Callable[[State, State], None]] = field(default_factory=list)
    failures: int = 0

    def move(self, dst: State) -> None:
        if dst not in TRANSITIONS[self.state]:
            raise TransitionError(self.state, dst)
        src, self.state = self.state, dst
        self.history.append((src, dst))
        for fn in self.listeners:
            fn(src, dst)

    async def connect(self, attempts: list[bool]) -> bool:
        for ok in attempts:
            self.move("connecting")
            await asyncio.sleep(0.001)
            if ok:
                self.move("connected")
                return True
            self.failures += 1
            self.move("idle")
        return False


def make_logger(prefix: str, sink: list[str]) -> Callable[[State, State], None]:
    count = 0

    def log(src: State, dst: State) -> None:
        nonlocal count
        count += 1
        sink.append(f"{prefix}#{count}: {src}->{dst}")

    return log


async def main() -> None:
    sink: list[str] = []
    conns = [Connection("db"), Connection("cache"), Connection("queue")]
    for c in conns:
        c.listeners.append(make_logger(c.name, sink))
    plans = {"db": [False, True], "cache": [False, False, False], "queue": [True]}
    results = await asyncio.gather(*(c.connect(plans[c.name]) for c in conns))
    print(dict(zip((c.name for c in conns), results)))
    for c in conns:
        try:
            c.move("connected")
        except TransitionError as e:
            print(f"{c.name}: {e} (failures={c.failures})")
    conns[0].move("closed")
    try:
        conns[0].move("idle")
    except TransitionError as e:
        print(repr(e.src), repr(e.dst), e.args)
    print("\n".join(sink))
    final: dict[State, list[str]] = {}
    for c in conns:
        final.setdefault(c.state, []).append(c.name)
    print(final)
    longest: Optional[Connection] = max(conns, key=lambda c: len(c.history))
    print(longest.name if longest else None, [len(c.history) for c in conns])


asyncio.run(main())
