# and/or whose operands have no common type (an optional task or lock and a
# bool) where only the truth of the expression is used.
import asyncio
from typing import Optional


class Worker:
    def __init__(self) -> None:
        self.task: Optional[asyncio.Task[None]] = None
        self.lock: Optional[asyncio.Lock] = None
        self.queue: Optional[asyncio.Queue[int]] = None

    async def _run(self) -> None:
        await asyncio.sleep(0.05)

    async def ready(self) -> bool:
        await asyncio.sleep(0)
        return True

    async def cycle(self) -> list[str]:
        out: list[str] = []
        if self.task and not self.task.done():
            out.append("busy")
        self.task = asyncio.create_task(self._run())
        await asyncio.sleep(0)
        if self.task and not self.task.done():
            out.append("started")
        self.lock = asyncio.Lock()
        async with self.lock:
            if not (self.lock and not self.lock.locked()):
                out.append("locked")
        self.queue = asyncio.Queue()
        self.queue.put_nowait(1)
        while self.queue and not self.queue.empty():
            out.append(f"item {self.queue.get_nowait()}")
        assert self.task is not None and await self.ready()
        out.append("idle" if self.lock and not self.lock.locked() else "held")
        tasks = [self.task, None]
        out.append(str(len([t for t in tasks if t and not t.cancelled()])))
        await self.task
        return out


print(asyncio.run(Worker().cycle()))
