"""Compensations registered on exit stacks by calling a factory at registration
(stack.push_async_callback(undo_step(name)), stack.callback(make_note(i))):
the callable is made when registered, so each one keeps its own step."""
import asyncio
from contextlib import AsyncExitStack, ExitStack
from typing import Awaitable, Callable


def undo_step(name: str, log: list[str]) -> Callable[[], Awaitable[None]]:
    async def undo() -> None:
        await asyncio.sleep(0)
        log.append(f"undo {name}")
    return undo


def make_note(i: int, log: list[str]) -> Callable[[], None]:
    return lambda: log.append(f"note {i}")


async def provision(steps: list[str], fail_at: str, log: list[str]) -> str:
    async with AsyncExitStack() as stack:
        for name in steps:
            if name == fail_at:
                return f"failed at {name}"
            log.append(f"do {name}")
            stack.push_async_callback(undo_step(name, log))
        stack.pop_all()
    return "provisioned"


async def main() -> None:
    log: list[str] = []
    print(await provision(["vpc", "db", "app"], "app", log))
    print(await provision(["vpc", "db"], "none", log))
    with ExitStack() as stack:
        for i in range(3):
            stack.callback(make_note(i, log))
    print("\n".join(log))


asyncio.run(main())
