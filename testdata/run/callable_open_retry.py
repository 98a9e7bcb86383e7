import asyncio
from typing import Awaitable, Callable


async def retry(op: Callable[..., Awaitable[int]], attempts: int) -> int:
    last = 0
    for i in range(attempts):
        try:
            return await op(i)
        except ValueError as e:
            print("attempt", i, "failed:", e)
            last = i
    return -last


async def flaky(n: int) -> int:
    await asyncio.sleep(0.01)
    if n < 2:
        raise ValueError(f"not yet ({n})")
    return n * 10


async def always(n: int) -> int:
    await asyncio.sleep(0)
    raise ValueError("never")


def timed(label: str, fn: Callable[..., str]) -> str:
    out = fn(label, 3)
    return f"[{label}] {out}"


def repeat(s: str, n: int) -> str:
    return "-".join([s] * n)


def shout(a: str, b: int) -> str:
    return a.upper() * b


class Notifier:
    def __init__(self, on_event: Callable[..., None]) -> None:
        self.on_event = on_event

    def fire(self, name: str) -> None:
        self.on_event(name, len(name))


def log_event(name: str, size: int) -> None:
    print("event", name, size)


async def main() -> None:
    print(await retry(flaky, 5))
    print(await retry(always, 2))
    print(timed("x", repeat))
    print(timed("yz", shout))
    n = Notifier(log_event)
    n.fire("boot")
    n.fire("ready")


asyncio.run(main())
