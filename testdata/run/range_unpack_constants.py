"""Constants numbered by unpacking a range, at module level and in class
bodies (LOW, MID, HIGH = range(3)), used by a small ticket triage."""
import asyncio
from dataclasses import dataclass

LOW, MID, HIGH = range(3)
NAMES = {LOW: "low", MID: "mid", HIGH: "high"}


class State:
    OPEN, ASSIGNED, CLOSED = range(10, 13)
    FIRST, LAST = [OPEN, CLOSED]
    BACKWARD, NONE, FORWARD = range(-1, 2)
    EVENS = tuple(range(0, 7, 2))
    DOWN3, DOWN2, DOWN1 = range(3, 0, -1)


@dataclass
class Ticket:
    title: str
    priority: int
    state: int = State.OPEN

    def advance(self) -> None:
        if self.state < State.CLOSED:
            self.state += State.FORWARD


async def triage(tickets: list[Ticket]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for t in sorted(tickets, key=lambda t: -t.priority):
        await asyncio.sleep(0)
        out.setdefault(NAMES[t.priority], []).append(t.title)
        if t.priority >= MID:
            t.advance()
    return out


async def main() -> None:
    tickets = [Ticket("disk full", HIGH), Ticket("typo", LOW), Ticket("slow page", MID)]
    print(await triage(tickets))
    print([(t.title, t.state) for t in tickets])
    print(State.FIRST, State.LAST, State.BACKWARD, State.EVENS)
    print(State.DOWN3, State.DOWN2, State.DOWN1)
    first, second = range(2)
    print(first + second, LOW < MID < HIGH)


asyncio.run(main())
