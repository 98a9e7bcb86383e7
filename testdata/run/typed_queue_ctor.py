import asyncio
from asyncio import LifoQueue
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


class Dispatcher:
    def __init__(self) -> None:
        self.inbox = asyncio.Queue[str](maxsize=4)
        self.jobs = asyncio.PriorityQueue[Job]()
        self.undo = LifoQueue[tuple[str, int]]()
        self.log: list[str] = []

    async def intake(self, lines: list[str]) -> None:
        for line in lines:
            await self.inbox.put(line)
        await self.inbox.put("")

    async def plan(self) -> None:
        while line := await self.inbox.get():
            prio, _, name = line.partition(":")
            job = Job(int(prio), name)
            await self.jobs.put(job)
            self.undo.put_nowait((name, self.jobs.qsize()))

    async def run(self) -> None:
        while not self.jobs.empty():
            job = self.jobs.get_nowait()
            await asyncio.sleep(0)
            self.log.append(f"{job.name}(p{job.priority})")


async def main() -> None:
    d = Dispatcher()
    await asyncio.gather(d.intake(["3:deploy", "1:build", "2:test", "1:lint", "5:notify"]), d.plan())
    print("queued", d.jobs.qsize(), "inbox max", d.inbox.maxsize)
    await d.run()
    print(" -> ".join(d.log))
    while not d.undo.empty():
        name, depth = await d.undo.get()
        print(f"undo {name} (queue depth was {depth})")


asyncio.run(main())
