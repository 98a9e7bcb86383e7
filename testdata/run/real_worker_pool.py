import asyncio
from dataclasses import dataclass, field
from typing import Optional

PENDING, RUNNING, DONE, FAILED = "pending", "running", "done", "failed"


@dataclass
class Job:
    jid: int
    duration: float
    fail: bool = False
    state: str = PENDING
    result: Optional[int] = None
    attempts: int = 0


@dataclass
class Pool:
    size: int
    jobs: dict[int, Job] = field(default_factory=dict)
    cond: asyncio.Condition = field(default_factory=asyncio.Condition)
    stopping: asyncio.Event = field(default_factory=asyncio.Event)
    queue: list[int] = field(default_factory=list)
    log: list[str] = field(default_factory=list)

    async def submit(self, job: Job) -> None:
        async with self.cond:
            self.jobs[job.jid] = job
            self.queue.append(job.jid)
            self.cond.notify()

    async def worker(self, wid: int) -> int:
        handled = 0
        while True:
            async with self.cond:
                await self.cond.wait_for(lambda: bool(self.queue) or self.stopping.is_set())
                if not self.queue:
                    return handled
                jid = self.queue.pop(0)
            job = self.jobs[jid]
            job.state, job.attempts = RUNNING, job.attempts + 1
            try:
                job.result = await asyncio.wait_for(self.run(job), timeout=0.05)
                job.state = DONE
            except asyncio.TimeoutError:
                job.state = FAILED
                self.log.append(f"w{wid}: job {jid} timed out")
            except RuntimeError as e:
                job.state = FAILED
                self.log.append(f"w{wid}: job {jid} failed: {e}")
            handled += 1

    async def run(self, job: Job) -> int:
        await asyncio.sleep(job.duration)
        if job.fail:
            raise RuntimeError(f"boom {job.jid}")
        return job.jid * 10

    async def wait_all(self) -> None:
        while any(j.state in (PENDING, RUNNING) for j in self.jobs.values()):
            await asyncio.sleep(0.005)


async def main() -> None:
    pool = Pool(size=2)
    workers = [asyncio.create_task(pool.worker(i)) for i in range(pool.size)]
    specs = [(1, 0.01, False), (2, 0.2, False), (3, 0.012, True), (4, 0.002, False), (5, 0.03, False)]
    for jid, dur, fail in specs:
        await pool.submit(Job(jid, dur, fail))
    await pool.wait_all()
    pool.stopping.set()
    async with pool.cond:
        pool.cond.notify_all()
    handled = await asyncio.gather(*workers)
    print("handled:", handled, sum(handled))
    for j in sorted(pool.jobs.values(), key=lambda j: j.jid):
        print(f"job {j.jid}: {j.state:<7} result={j.result} attempts={j.attempts}")
    for line in sorted(pool.log):
        print(line)
    async with asyncio.timeout(1):
        async with asyncio.TaskGroup() as tg:
            ts = [tg.create_task(pool.run(Job(i, 0.001 * i))) for i in range(1, 4)]
    print([t.result() for t in ts])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(pool.run(Job(9, 0.001, True)))
            tg.create_task(pool.run(Job(8, 0.5)))
    except* RuntimeError as eg:
        print("group:", [str(e) for e in eg.exceptions])


asyncio.run(main())
