import asyncio
from dataclasses import dataclass


@dataclass
class Job:
    name: str
    size: int


class JobError(Exception):
    def __init__(self, job: Job, reason: str) -> None:
        super().__init__(f"{job.name}: {reason}")
        self.job = job


async def run(job: Job) -> int:
    await asyncio.sleep(0.001 * job.size)
    if job.size > 50:
        err = JobError(job, "too large")
        err.add_note(f"size was {job.size}")
        err.add_note("limit is 50\nsplit jobs larger than that")
        raise err
    return job.size * 2


async def main() -> None:
    jobs = [Job("a", 10), Job("b", 60), Job("c", 20)]
    results = await asyncio.gather(*(run(j) for j in jobs), return_exceptions=True)
    for j, r in zip(jobs, results):
        if isinstance(r, JobError):
            print(j.name, "failed:", r, "| notes:", r.__notes__, "| job:", r.job)
        else:
            print(j.name, "->", r)
    try:
        raise ValueError("plain")
    except ValueError as e:
        try:
            print(e.__notes__)
        except AttributeError as ae:
            print("no notes yet:", ae)
        e.add_note("added while handling")
        print(e.__notes__)
    try:
        await run(Job("z", 99))
    except JobError as e:
        e.add_note("re-raised from main")
        print(len(e.__notes__), e.__notes__[-1])
        raise


asyncio.run(main())
