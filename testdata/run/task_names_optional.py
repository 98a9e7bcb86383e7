import asyncio
from collections.abc import Coroutine
from typing import Any


class Supervisor:
    def __init__(self) -> None:
        self.tasks: list[asyncio.Task[str]] = []
        self.anonymous = 0

    def spawn(self, coro: Coroutine[Any, Any, str], name: str | None = None) -> asyncio.Task[str]:
        if name is None:
            self.anonymous += 1
        task = asyncio.create_task(coro, name=name)
        self.tasks.append(task)
        return task

    async def report(self) -> None:
        for t in self.tasks:
            label = t.get_name() if not t.get_name().startswith("Task-") else "<auto>"
            print(f"{label:>8}: {await t}")


async def job(label: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return f"{label} done"


async def main() -> None:
    sup = Supervisor()
    sup.spawn(job("index", 0.02), "indexer")
    sup.spawn(job("thumbs", 0.01))
    sup.spawn(job("mail", 0.0), name=None)
    await sup.report()
    print("anonymous tasks:", sup.anonymous)
    labels: dict[str, str | None] = {"a": "alpha", "b": None}
    async with asyncio.TaskGroup() as tg:
        made = [tg.create_task(job(k, 0.0), name=v) for k, v in labels.items()]
    loop = asyncio.get_running_loop()
    extra = loop.create_task(job("c", 0.0), name=labels["b"])
    print([t.get_name() for t in made][0], made[1].get_name().startswith("Task-"), await extra)


asyncio.run(main())
