# hash() of a dataclass that is not frozen: CPython raises TypeError
# (unhashable type), hash() of a frozen dataclass exception hashes its
# fields: both refused at the call (they printed 0 / an identity hash).
import asyncio
from dataclasses import dataclass


@dataclass
class Job:
    name: str
    priority: int


@dataclass(frozen=True)
class JobFailed(Exception):
    name: str


async def main() -> None:
    job = Job("build", 1)
    print(hash(job))
    print(hash(JobFailed("build")))


asyncio.run(main())
