"""coro.close() on coroutine objects that are dropped, closed after finishing, or awaited after close."""
import asyncio
from typing import Any, Coroutine

ran: list[str] = []


async def job(name: str, steps: int) -> int:
    ran.append(name)
    for _ in range(steps):
        await asyncio.sleep(0)
    return steps


async def quick(name: str) -> str:
    ran.append(name)
    return name.upper()


async def main() -> None:
    backlog: list[Coroutine[Any, Any, int]] = [job(f"j{i}", i) for i in range(4)]
    keep, drop = backlog[:2], backlog[2:]
    for c in drop:
        c.close()
    print(await asyncio.gather(*keep), ran)
    done = job("again", 1)
    print(await done)
    done.close()
    try:
        await done
    except RuntimeError as e:
        print("reuse:", e)
    closed = job("never", 2)
    closed.close()
    closed.close()
    try:
        await closed
    except RuntimeError as e:
        print("closed:", e)
    q = quick("q")
    q.close()
    try:
        print(await q)
    except RuntimeError as e:
        print("closed quick:", e)
    print("ran:", ran)


asyncio.run(main())
