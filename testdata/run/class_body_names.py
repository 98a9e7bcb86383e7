# Class attributes whose values name earlier attributes of the same class
# body (constants grouped as an enum substitute, a transition table keyed
# by them), used from coroutines.
import asyncio


class State:
    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    TERMINAL = (DONE, FAILED)
    ALL = [IDLE, RUNNING, *TERMINAL]
    TRANSITIONS: dict[str, list[str]] = {IDLE: [RUNNING], RUNNING: [DONE, FAILED], DONE: [], FAILED: [IDLE]}


class Limits:
    BASE_DELAY = 0.01
    MAX_RETRIES = 3
    MAX_DELAY = BASE_DELAY * 2 ** MAX_RETRIES
    LABELS = {n: f"retry-{n}" for n in range(1, MAX_RETRIES + 1)}


class Backoff:
    BASE = 0.5
    FACTOR = 2

    def delay(self, attempt: int, base: float = BASE, factor: int = FACTOR) -> float:
        return base * (factor * attempt if attempt else 1)


class Job:
    def __init__(self, name: str) -> None:
        self.name = name
        self.state = State.IDLE
        self.history = [self.state]

    def describe(self, width: int = len(State.RUNNING) + 1, done: tuple[str, ...] = State.TERMINAL) -> str:
        return f"{self.name}:{self.state:>{width}}{'*' if self.state in done else ''}"

    def move(self, to: str) -> None:
        if to not in State.TRANSITIONS[self.state]:
            raise ValueError(f"{self.name}: {self.state} -> {to} not allowed")
        self.state = to
        self.history.append(to)


async def run(job: Job, fail_times: int) -> str:
    job.move(State.RUNNING)
    for attempt in range(1, Limits.MAX_RETRIES + 1):
        await asyncio.sleep(min(Limits.BASE_DELAY * attempt, Limits.MAX_DELAY))
        if attempt > fail_times:
            job.move(State.DONE)
            return f"{job.name} ok after {Limits.LABELS[attempt]}"
    job.move(State.FAILED)
    return f"{job.name} failed"


async def main() -> None:
    jobs = [Job("a"), Job("b"), Job("c")]
    results = await asyncio.gather(*(run(j, n) for j, n in zip(jobs, [0, 2, 5])))
    for r in results:
        print(r)
    for j in jobs:
        print(j.name, j.history, j.state in State.TERMINAL)
    try:
        jobs[0].move(State.IDLE)
    except ValueError as e:
        print(e)
    print(State.ALL, Limits.MAX_DELAY, Limits.LABELS)
    print([j.describe() for j in jobs], jobs[0].describe(3, ()))
    print([Backoff().delay(a) for a in range(3)], Backoff().delay(2, 0.1))


asyncio.run(main())
