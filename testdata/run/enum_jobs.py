# aiogo: extensions
"""A job runner whose jobs move through an enum state machine."""
import asyncio
from dataclasses import dataclass, field
from enum import Enum, IntEnum, auto


class State(Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"

    def is_final(self) -> bool:
        return self in (State.DONE, State.FAILED)


class Priority(IntEnum):
    LOW = auto()
    NORMAL = auto()
    URGENT = auto()


ALLOWED: dict[State, set[State]] = {
    State.PENDING: {State.RUNNING},
    State.RUNNING: {State.DONE, State.FAILED},
    State.DONE: set(),
    State.FAILED: {State.PENDING},
}


@dataclass
class Job:
    name: str
    priority: Priority
    cost: float
    state: State = State.PENDING
    history: list[State] = field(default_factory=list)

    def move(self, to: State) -> None:
        if to not in ALLOWED[self.state]:
            raise ValueError(f"{self.name}: {self.state.value} -> {to.value} not allowed")
        self.history.append(self.state)
        self.state = to


async def run(job: Job) -> None:
    job.move(State.RUNNING)
    await asyncio.sleep(job.cost)
    if job.cost > 0.25:
        job.move(State.FAILED)
    else:
        job.move(State.DONE)


async def main() -> None:
    jobs = [
        Job("index", Priority.NORMAL, 0.1),
        Job("backup", Priority.LOW, 0.3),
        Job("alert", Priority.URGENT, 0.05),
        Job("report", Priority.NORMAL, 0.2),
    ]
    jobs.sort(key=lambda j: j.priority, reverse=True)
    print([j.name for j in jobs])
    await asyncio.gather(*(run(j) for j in jobs))
    by_state: dict[State, list[str]] = {}
    for s in State:
        by_state[s] = []
    for j in jobs:
        by_state[j.state].append(j.name)
    for s in State:
        print(f"{s.name:<8} {s.value!r:<10} {by_state[s]} final={s.is_final()}")
    print(by_state)
    for j in jobs:
        if j.state is State.FAILED:
            j.move(State.PENDING)
            print("retrying", j.name, [h.name for h in j.history], j.state)
    try:
        jobs[0].move(State.DONE)
    except ValueError as e:
        print("error:", e)
    print(State("done"), State["FAILED"], Priority(3), repr(Priority.LOW))
    print(len(State), list(Priority), max(Priority), sorted([Priority.URGENT, Priority.LOW]))
    levels = {p: p.value * 10 for p in Priority}
    print(levels)
    for name in ["LOW", "HIGH"]:
        try:
            print(Priority[name].value)
        except KeyError as e:
            print("no priority", e)
    try:
        State("paused")
    except ValueError as e:
        print(e)
    print(jobs[0], str(State.DONE), repr(State.DONE))


asyncio.run(main())
