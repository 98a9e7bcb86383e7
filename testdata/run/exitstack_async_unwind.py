"""An AsyncExitStack owning locks, a semaphore, a task group and
connections: async callbacks are awaited in reverse order, an exception
raised by one is seen by the next ones, a suppressing __aexit__ stops it,
and a task cancelled while its stack unwinds still runs every exit."""
import asyncio
import contextlib
from typing import Optional


events: list[str] = []


class Conn:
    def __init__(self, name: str) -> None:
        self.name = name
        self.open = True

    async def close(self, reason: str = "done") -> None:
        await asyncio.sleep(0.001)
        self.open = False
        events.append(f"closed {self.name} ({reason})")

    async def close_badly(self) -> None:
        await asyncio.sleep(0)
        raise OSError(f"{self.name} close failed")


class Guard:
    """Suppresses the errors it is told to absorb."""

    def __init__(self, absorbs: type[BaseException]) -> None:
        self.absorbs = absorbs

    async def __aenter__(self) -> None:
        events.append(f"guard for {self.absorbs.__name__}")

    async def __aexit__(self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], tb: object) -> bool:
        await asyncio.sleep(0)
        if isinstance(exc, self.absorbs):
            events.append(f"guard absorbed {exc!r}")
            return True
        return False


async def worker(n: int) -> int:
    await asyncio.sleep(0.002 * n)
    events.append(f"worker {n} finished")
    return n * 10


async def session(names: list[str], bad: str, absorb: bool) -> None:
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(2)
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(lock)
        await stack.enter_async_context(sem)
        stack.callback(events.append, f"lock held: {lock.locked()}")
        if absorb:
            await stack.enter_async_context(Guard(OSError))
        for name in names:
            conn = Conn(name)
            if name == bad:
                stack.push_async_callback(conn.close_badly)
            else:
                stack.push_async_callback(conn.close, reason=f"owner {name}")
        tg = await stack.enter_async_context(asyncio.TaskGroup())
        tasks = [tg.create_task(worker(n)) for n in range(1, 3)]
        events.append(f"opened {len(names)}; sem locked: {sem.locked()}")
    events.append(f"results {[t.result() for t in tasks]}; lock free: {not lock.locked()}")


async def slow_unwind() -> None:
    stack = contextlib.AsyncExitStack()
    for i in range(3):
        conn = Conn(f"slow{i}")
        stack.push_async_callback(conn.close, "cancelled")
    events.append("slow session ready")
    try:
        await asyncio.sleep(1)
    finally:
        events.append("unwinding")
        await stack.aclose()


async def main() -> None:
    for names, bad, absorb in [(["a", "b"], "", False), (["a", "b", "c"], "b", True), (["x", "y"], "x", False)]:
        events.clear()
        try:
            await session(names, bad, absorb)
            print("session ok")
        except OSError as e:
            print("session failed:", e, "| context:", repr(e.__context__))
        for ev in events:
            print("  ", ev)
    events.clear()
    task = asyncio.create_task(slow_unwind())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("slow session cancelled")
    for ev in events:
        print("  ", ev)


asyncio.run(main())
