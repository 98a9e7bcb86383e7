"""Attributes an instance gets only when some method assigns them: a read
before that raises AttributeError, as in CPython (a worker whose task exists
only once started, a report whose summary is computed on demand, a subclass
whose __init__ skips the base's)."""
import asyncio
from typing import Optional


class Worker:
    name: str
    task: "asyncio.Task[int]"
    runs: int

    def __init__(self, name: str) -> None:
        self.name = name

    async def _work(self) -> int:
        await asyncio.sleep(0)
        return len(self.name)

    def start(self) -> None:
        self.task = asyncio.create_task(self._work())
        self.runs = 1

    def restart(self) -> None:
        self.runs += 1

    async def result(self) -> int:
        return await self.task


class Report:
    title: str
    summary: str
    lines: list[str]

    def __init__(self, title: str) -> None:
        self.title = title
        self.lines = []

    def add(self, line: str) -> None:
        self.lines.append(line)

    def finish(self) -> None:
        self.summary = f"{self.title}: {len(self.lines)} lines"


class Base:
    def __init__(self) -> None:
        self.ready = True
        self.parent: Optional[Base] = None


class Child(Base):
    def __init__(self, tag: str) -> None:
        self.tag = tag


async def main() -> None:
    w = Worker("alpha")
    try:
        print(await w.result())
    except AttributeError as e:
        print("before start:", e)
    try:
        w.restart()
    except AttributeError as e:
        print("restart:", e)
    w.start()
    w.restart()
    print(await w.result(), w.runs)

    r = Report("daily")
    r.add("a")
    for attempt in range(2):
        try:
            print(r.summary.upper())
        except AttributeError as e:
            print(f"attempt {attempt}:", e)
            r.finish()

    b, c = Base(), Child("x")
    print(b.ready, b.parent, c.tag)
    try:
        print(c.ready)
    except AttributeError as e:
        print(e)
    nodes: list[Base] = [b, c]
    for n in nodes:
        try:
            print(type(n).__name__, n.parent)
        except AttributeError as e:
            print(type(n).__name__, "->", e)
    later = Report("late")
    print(later.summary)


asyncio.run(main())
