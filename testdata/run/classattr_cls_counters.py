import asyncio
from dataclasses import dataclass


class Job:
    created = 0
    registry: dict[str, "Job"] = {}

    def __init__(self, name: str) -> None:
        self.name = name
        type(self).created += 1
        Job.registry[name] = self

    @classmethod
    def make(cls, name: str) -> "Job":
        cls.created += 0
        return cls(name)

    @classmethod
    def reset(cls) -> None:
        cls.created = 0
        cls.registry = {}


class BigJob(Job):
    created = 0


@dataclass
class Counter:
    label: str
    total: int = 0
    instances = 0

    def __post_init__(self) -> None:
        Counter.instances += 1


async def run(j: Job) -> str:
    await asyncio.sleep(0)
    return j.name.upper()


async def main() -> None:
    jobs = [Job.make("a"), BigJob.make("b"), BigJob("c"), Job("d")]
    print(Job.created, BigJob.created, sorted(Job.registry))
    print(await asyncio.gather(*(run(j) for j in jobs)))
    Job.reset()
    print(Job.created, BigJob.created, len(Job.registry), len(BigJob.registry))
    BigJob.reset()
    print(Job.created, BigJob.created, len(BigJob.registry))
    c1 = Counter("x")
    c2 = Counter("y", 5)
    print(Counter.instances, c1, c2)


asyncio.run(main())
