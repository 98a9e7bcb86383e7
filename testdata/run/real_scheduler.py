# A job scheduler with retries and exponential backoff, priorities, per-job timeouts and a summary.
import asyncio
from dataclasses import dataclass, field
from typing import Optional


class TransientError(Exception):
    pass


class FatalError(Exception):
    pass


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    fail_times: int = field(default=0, compare=False)
    fatal: bool = field(default=False, compare=False)
    duration: float = field(default=0.001, compare=False)
    attempts: int = field(default=0, compare=False)


@dataclass
class Outcome:
    job: str
    ok: bool
    attempts: int
    error: Optional[str] = None


async def run_job(job: Job) -> str:
    job.attempts += 1
    await asyncio.sleep(job.duration)
    if job.fatal:
        raise FatalError(f"{job.name} cannot run")
    if job.attempts <= job.fail_times:
        raise TransientError(f"{job.name} attempt {job.attempts} failed")
    return f"{job.name} done"


async def with_retries(job: Job, retries: int, base_delay: float, timeout: float) -> Outcome:
    delay = base_delay
    last: Optional[BaseException] = None
    for attempt in range(retries + 1):
        try:
            await asyncio.wait_for(run_job(job), timeout)
            return Outcome(job.name, True, job.attempts)
        except TransientError as e:
            last = e
        except asyncio.TimeoutError:
            last = TimeoutError(f"{job.name} timed out")
        except FatalError as e:
            return Outcome(job.name, False, job.attempts, str(e))
        if attempt < retries:
            await asyncio.sleep(delay)
            delay *= 2
    return Outcome(job.name, False, job.attempts, f"gave up: {last}" if last else "gave up")


async def scheduler(jobs: list[Job], workers: int) -> list[Outcome]:
    queue: asyncio.PriorityQueue[Job] = asyncio.PriorityQueue()
    for j in jobs:
        queue.put_nowait(j)
    outcomes: list[Outcome] = []
    order: list[str] = []

    async def worker() -> None:
        while not queue.empty():
            job = queue.get_nowait()
            order.append(job.name)
            outcomes.append(await with_retries(job, retries=2, base_delay=0.001, timeout=0.05))

    await asyncio.gather(*(worker() for _ in range(workers)))
    print("start order:", order)
    return outcomes


async def main() -> None:
    jobs = [
        Job(3, "report"),
        Job(1, "backup", fail_times=1),
        Job(2, "email", fail_times=5),
        Job(1, "deploy", fatal=True),
        Job(5, "slow", duration=0.2),
        Job(4, "index", fail_times=2),
    ]
    outcomes = await scheduler(jobs, workers=2)
    for o in sorted(outcomes, key=lambda o: o.job):
        status = "ok" if o.ok else "FAILED"
        print(f"{o.job:<7} {status:<6} attempts={o.attempts} {o.error or ''}".rstrip())
    ok = sum(1 for o in outcomes if o.ok)
    print(f"{ok}/{len(outcomes)} succeeded")


asyncio.run(main())
