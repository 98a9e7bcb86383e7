# A job runner: jobs parsed into a NamedTuple by spreading a run-time list,
# dispatched by await getattr(self, "do_" + kind)(job) (only do_* methods
# can be named), hasattr guards, stats dumped by getattr over fields(); and
# getattr values and dispatch results used where a type is declared.
import asyncio
from dataclasses import dataclass, field, fields
from typing import NamedTuple


class Job(NamedTuple):
    kind: str
    arg: int
    retries: int = 0


@dataclass
class Stats:
    done: int = 0
    failed: int = 0
    retried: int = 0
    log: list[str] = field(default_factory=list)


class Runner:
    def __init__(self) -> None:
        self.stats = Stats()

    async def do_sleep(self, job: Job) -> int:
        await asyncio.sleep(job.arg / 1000)
        return job.arg

    async def do_square(self, job: Job) -> int:
        return job.arg * job.arg

    async def do_fail(self, job: Job) -> int:
        raise ValueError(f"job {job.arg} failed")

    async def run_one(self, job: Job) -> None:
        handler = "do_" + job.kind
        if not hasattr(self, handler):
            self.stats.log.append(f"skip {job.kind}")
            return
        for attempt in range(job.retries + 1):
            try:
                result: int = await getattr(self, "do_" + job.kind)(job)
                self.stats.done += 1
                self.stats.log.append(f"{job.kind}:{result}")
                return
            except ValueError as e:
                if attempt < job.retries:
                    self.stats.retried += 1
                    continue
                self.stats.failed += 1
                self.stats.log.append(str(e))


def parse(line: str) -> Job:
    kind, *nums = line.split()
    return Job(kind, *[int(n) for n in nums])


async def main() -> None:
    r = Runner()
    jobs = [parse(line) for line in ["sleep 3", "square 7", "fail 1 2", "dance 0", "square 12 1"]]
    print(jobs[2], jobs[2] == ("fail", 1, 2), "fail" in jobs[2])
    await asyncio.gather(*(r.run_one(j) for j in jobs))
    for f in fields(r.stats):
        print(f.name, getattr(r.stats, f.name))


asyncio.run(main())
