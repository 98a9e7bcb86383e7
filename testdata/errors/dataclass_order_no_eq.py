import asyncio
from dataclasses import dataclass


@dataclass(order=True, eq=False)
class Job:
    priority: int
    name: str


async def main() -> None:
    print(sorted([Job(2, "b"), Job(1, "a")]))


asyncio.run(main())
