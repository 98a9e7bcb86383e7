import asyncio
from typing import Mapping, Sequence


class Task:
    def __init__(self, name: str) -> None:
        self.name = name


class Job(Task):
    pass


def is_live_view(view: Mapping[str, float], source: dict[str, int]) -> bool:
    return view is source


def same_queue(q: Sequence[Task], jobs: list[Job]) -> bool:
    return q is jobs


async def main() -> None:
    counts = {"a": 1}
    other = {"a": 1}
    jobs = [Job("j1")]
    print(is_live_view(counts, counts), is_live_view(other, counts), other == counts)
    print(same_queue(jobs, jobs), same_queue(list(jobs), jobs))
    m: Mapping[str, float] = counts
    m2: Mapping[str, float] = counts
    print(m is m2, m is not m2, m is not counts)
    await asyncio.sleep(0)


asyncio.run(main())
