# hash() of a dataclass that is not frozen: CPython raises TypeError
# (unhashable type): refused at the call (it printed 0).
import asyncio
from dataclasses import dataclass


@dataclass
class Job:
    name: str
    priority: int


async def main() -> None:
    job = Job("build", 1)
    print(hash(job))


asyncio.run(main())
