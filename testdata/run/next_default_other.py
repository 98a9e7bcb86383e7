import asyncio
from dataclasses import dataclass
from typing import Iterator, Optional


@dataclass
class Job:
    name: str
    prio: int


def nums() -> Iterator[int]:
    yield 1
    yield 2


async def main() -> None:
    jobs = [Job("a", 3), Job("b", 1), Job("c", 2)]
    hit = next((j for j in jobs if j.prio < 2), None)
    print(hit)
    miss = next((j for j in jobs if j.prio > 5), None)
    print(miss, miss is None)
    it = nums()
    print(next(it, None), next(it, "x"), next(it, "done"))
    first: Optional[int] = next(nums(), None)
    print(first)
    g = (n * 2 for n in range(3))
    total = 0
    while (v := next(g, None)) is not None:
        total += v
    print(total)


asyncio.run(main())
