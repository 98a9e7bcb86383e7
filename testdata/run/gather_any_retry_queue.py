import asyncio
import random
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional


@dataclass
class Job:
    name: str
    cost: float
    retries: int = 0
    tags: list[str] = field(default_factory=list)


class JobQueue:
    def __init__(self, jobs: Iterable[Job]) -> None:
        self._jobs = list(jobs)

    def __iter__(self) -> Iterator[Job]:
        return iter(sorted(self._jobs, key=lambda j: (-j.cost, j.name)))

    def __len__(self) -> int:
        return len(self._jobs)


class TransientError(Exception):
    pass


async def run_job(job: Job, fail_rate: float) -> float:
    await asyncio.sleep(job.cost / 100)
    if random.random() < fail_rate:
        raise TransientError(f"{job.name} flaked")
    return job.cost * 1.5


async def run_all(queue: JobQueue) -> dict[str, Optional[float]]:
    out: dict[str, Optional[float]] = {}
    pending = list(queue)
    attempt = 0
    while pending and attempt < 3:
        attempt += 1
        results = await asyncio.gather(*(run_job(j, 0.3) for j in pending), return_exceptions=True)
        retry: list[Job] = []
        for job, res in zip(pending, results):
            if isinstance(res, TransientError):
                job.retries += 1
                retry.append(job)
                continue
            if isinstance(res, Exception):
                raise res
            out[job.name] = round(res, 2)
        pending = retry
    for job in pending:
        out[job.name] = None
    return out


async def main() -> None:
    random.seed(11)
    queue = JobQueue(Job(n, c) for n, c in [("a", 3.0), ("b", 1.0), ("c", 2.0), ("d", 2.0)])
    print(len(queue), [j.name for j in queue])
    report = await run_all(queue)
    for name in sorted(report):
        value = report[name]
        print(f"{name}: {'failed' if value is None else f'{value:.2f}'}")
    total = sum(v for v in report.values() if v is not None)
    print(f"total={total:.2f}", max(queue, key=lambda j: j.retries).name)


asyncio.run(main())
