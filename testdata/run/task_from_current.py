# The Task[Any] of current_task() stored where a Task[None] or Task[int] is
# declared (a set, a dict, an Optional attribute, an annotated local), as
# mypy allows: the same task object, its result read as declared.
import asyncio
from typing import Optional


class Registry:
    def __init__(self) -> None:
        self.tasks: set[asyncio.Task[None]] = set()
        self.by_name: dict[str, asyncio.Task[None]] = {}
        self.last: Optional[asyncio.Task[None]] = None

    def register(self) -> None:
        me = asyncio.current_task()
        if me is None:
            return
        self.tasks.add(me)
        self.by_name[me.get_name()] = me
        self.last = me


async def job(reg: Registry, d: float) -> None:
    reg.register()
    await asyncio.sleep(d)


def describe(t: "asyncio.Task[None]") -> str:
    return f"{t.get_name()} done={t.done()} result={t.result() if t.done() else '-'}"


async def compute() -> int:
    await asyncio.sleep(0.001)
    t = asyncio.current_task()
    assert t is not None
    mine: asyncio.Task[int] = t
    mine.add_done_callback(lambda f: print("done cb:", f.result() + 1))
    return 41


async def main() -> None:
    reg = Registry()
    ts = [asyncio.create_task(job(reg, 0.001 * i), name=f"job{i}") for i in range(3)]
    await asyncio.sleep(0)
    print(len(reg.tasks), sorted(reg.by_name), reg.last is ts[-1])
    await asyncio.gather(*ts)
    for name in sorted(reg.by_name):
        print(describe(reg.by_name[name]))
    print(await asyncio.create_task(compute()))
    await asyncio.sleep(0)
    others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    print(len(others))


asyncio.run(main())
