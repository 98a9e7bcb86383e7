"""`x and x.method()` where x is an optional task, handle, lock or callback: None or the method's value."""
import asyncio
from typing import Callable, Optional


async def work(n: int) -> int:
    await asyncio.sleep(0)
    return n * 10


class Service:
    def __init__(self) -> None:
        self.task: Optional[asyncio.Task[int]] = None
        self.lock: Optional[asyncio.Lock] = None
        self.on_value: Optional[Callable[[int], str]] = None

    def status(self) -> Optional[bool]:
        return self.task is not None and self.task.done()

    def describe(self, v: int) -> Optional[str]:
        return self.on_value and self.on_value(v)


async def main() -> None:
    name = (me := asyncio.current_task()) and me.get_name()
    print("running as", name)
    svc = Service()
    print(svc.status(), svc.describe(1), svc.lock and svc.lock.locked())
    svc.task = asyncio.create_task(work(4), name="worker")
    svc.lock = asyncio.Lock()
    svc.on_value = lambda v: f"<{v}>"
    print(svc.status(), svc.describe(2), svc.lock and svc.lock.locked())
    result = svc.task and await svc.task
    print("result:", result, svc.status())
    loop = asyncio.get_running_loop()
    handle: Optional[asyncio.TimerHandle] = None
    print("when:", handle and handle.when())
    handle = loop.call_later(5, print, "never")
    print("cancelled:", handle and handle.cancelled(), handle and handle.when() > 0)
    label = svc.task and svc.task.get_name() and svc.task.get_name().upper()
    print(label)
    other: Optional[asyncio.Task[int]] = None
    print(other and other.get_name() or "no task")
    if svc.task and svc.task.result() > 10:
        print("big result")
    for flag in (True, False):
        pending = asyncio.create_task(work(7)) if flag else None
        got = pending and await pending
        print("awaited:", got)
        ev = asyncio.Event() if flag else None
        both = ev and svc.lock and (await work(1)) + 1
        print("chained:", both)


asyncio.run(main())
