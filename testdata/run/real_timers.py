import asyncio
from dataclasses import dataclass, field
from typing import Callable


@dataclass(order=True)
class Timer:
    when: float
    name: str = field(compare=False)
    repeat: float = field(default=0.0, compare=False)
    fired: int = field(default=0, compare=False)


class Clock:
    def __init__(self) -> None:
        self.loop = asyncio.get_running_loop()
        self.start = self.loop.time()
        self.events: list[str] = []
        self.handles: dict[str, asyncio.TimerHandle] = {}

    def now(self) -> float:
        return round(self.loop.time() - self.start, 2)

    def schedule(self, t: Timer, stop_after: int) -> None:
        def fire() -> None:
            t.fired += 1
            self.events.append(f"{t.name}#{t.fired}")
            if t.repeat and t.fired < stop_after:
                self.handles[t.name] = self.loop.call_later(t.repeat, fire)
        self.handles[t.name] = self.loop.call_later(t.when, fire)

    def cancel(self, name: str) -> bool:
        h = self.handles.pop(name, None)
        if h is None or h.cancelled():
            return False
        h.cancel()
        return True


async def main() -> None:
    clock = Clock()
    timers = [Timer(0.05, "slow"), Timer(0.01, "tick", repeat=0.02), Timer(0.035, "once"), Timer(0.2, "never")]
    for t in sorted(timers):
        clock.schedule(t, stop_after=3)
    fut: asyncio.Future[str] = clock.loop.create_future()
    clock.loop.call_later(0.06, fut.set_result, "done")
    clock.loop.call_soon(clock.events.append, "soon")
    print("cancel never:", clock.cancel("never"), clock.cancel("never"))
    result = await fut
    await asyncio.sleep(0.03)
    print(result, clock.events)
    print({t.name: t.fired for t in timers})
    waiter = asyncio.ensure_future(asyncio.sleep(1, result="late"))
    try:
        print(await asyncio.wait_for(asyncio.shield(waiter), timeout=0.01))
    except asyncio.TimeoutError:
        print("timed out; shielded task cancelled?", waiter.cancelled())
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("cancelled now:", waiter.cancelled())
    cb: Callable[[asyncio.Future[str]], None] = lambda f: clock.events.append("cb:" + f.result())
    f2: asyncio.Future[str] = clock.loop.create_future()
    f2.add_done_callback(cb)
    f2.set_result("x")
    await asyncio.sleep(0)
    print(clock.events[-2:], f2.done(), f2.result())


asyncio.run(main())
