import asyncio
from dataclasses import dataclass, field
from typing import Callable, Awaitable, Optional


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    cost: float = field(compare=False, default=0.01)
    deps: tuple[str, ...] = field(compare=False, default=())
    attempts: int = field(compare=False, default=0)


class Scheduler:
    def __init__(self, workers: int) -> None:
        self.queue: asyncio.PriorityQueue[Job] = asyncio.PriorityQueue()
        self.workers = workers
        self.done: dict[str, float] = {}
        self.order: list[str] = []
        self.failed: set[str] = set()
        self._seq = 0
        self.hooks: list[Callable[[Job], Awaitable[Optional[str]]]] = []

    def submit(self, name: str, priority: int = 5, cost: float = 0.01, deps: tuple[str, ...] = ()) -> None:
        self._seq += 1
        self.queue.put_nowait(Job(priority, self._seq, name, cost, deps))

    async def _run(self, wid: int) -> None:
        while True:
            job = await self.queue.get()
            try:
                missing = [d for d in job.deps if d not in self.done]
                if any(d in self.failed for d in job.deps):
                    self.failed.add(job.name)
                    print(f"w{wid} skip {job.name}: dependency failed")
                    continue
                if missing:
                    job.attempts += 1
                    if job.attempts > 5:
                        self.failed.add(job.name)
                        print(f"w{wid} give up {job.name}, waiting on {missing}")
                        continue
                    job.priority += 1
                    await asyncio.sleep(0)
                    await self.queue.put(job)
                    continue
                for hook in self.hooks:
                    veto = await hook(job)
                    if veto:
                        self.failed.add(job.name)
                        print(f"w{wid} vetoed {job.name}: {veto}")
                        break
                else:
                    await asyncio.sleep(job.cost)
                    loop = asyncio.get_running_loop()
                    self.done[job.name] = round(loop.time(), 2)
                    self.order.append(job.name)
                    print(f"w{wid} ran {job.name} (p={job.priority})")
            finally:
                self.queue.task_done()

    async def run(self) -> None:
        tasks = [asyncio.create_task(self._run(i), name=f"worker-{i}") for i in range(self.workers)]
        await self.queue.join()
        for t in tasks:
            t.cancel()
        res = await asyncio.gather(*tasks, return_exceptions=True)
        print("workers:", [type(r).__name__ for r in res])


async def no_deploys_on_friday(job: Job) -> Optional[str]:
    await asyncio.sleep(0)
    return "it is friday" if job.name.startswith("deploy") else None


async def main() -> None:
    s = Scheduler(workers=2)
    s.submit("compile", priority=1, cost=0.03)
    s.submit("lint", priority=2, cost=0.005)
    s.submit("test", priority=3, cost=0.02, deps=("compile",))
    s.submit("package", priority=4, deps=("test", "lint"))
    s.submit("deploy-prod", priority=0, deps=("package",))
    s.submit("docs", priority=9, cost=0.001)
    s.submit("bench", priority=5, deps=("missing-step",))
    s.hooks.append(no_deploys_on_friday)
    await s.run()
    print("order:", s.order)
    print("failed:", sorted(s.failed))
    print("first three:", list(s.done)[:3])
    print(sum(1 for v in s.done.values() if v > 0.0))


asyncio.run(main())
