"""A plugin host runs plugins whose coroutines return any object and keeps
their tasks in a registry: create_task, ensure_future, loop.create_task and
TaskGroup.create_task of a coroutine returning object generated Go that did
not build (a *rt.Task[any] where the erased *rt.TaskCore was expected)."""
import asyncio
from collections.abc import Coroutine
from typing import Any


async def plugin(name: str, ok: bool) -> object:
    await asyncio.sleep(0)
    if not ok:
        raise ValueError(f"{name} failed to load")
    return {"name": name, "version": len(name)}


def report(t: asyncio.Task[object]) -> None:
    if t.exception() is None:
        print("loaded:", t.get_name(), t.result())
    else:
        print("error:", t.get_name(), repr(t.exception()))


async def main() -> None:
    specs: list[Coroutine[Any, Any, object]] = [plugin("auth", True), plugin("cache", False), plugin("db", True)]
    registry = [asyncio.create_task(c, name=f"p{i}") for i, c in enumerate(specs)]
    for t in registry:
        t.add_done_callback(report)
    done, pending = await asyncio.wait(registry)
    print(len(done), len(pending))
    extra = asyncio.ensure_future(plugin("metrics", True))
    late = asyncio.get_running_loop().create_task(plugin("search", True))
    print(await extra, await late)
    async with asyncio.TaskGroup() as tg:
        g = tg.create_task(plugin("tg", True))
    print("group:", g.result())
    print(await asyncio.gather(*registry, return_exceptions=True))


asyncio.run(main())
