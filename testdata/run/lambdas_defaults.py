# Lambdas at module level and in class bodies, nested defs with defaults
# evaluated when the def runs, and None-returning calls used as values.
import asyncio
from dataclasses import dataclass, field
from typing import Callable

PRIORITY = {"low": 3, "high": 1, "mid": 2}
ordered = sorted(PRIORITY, key=lambda k: PRIORITY[k])
double: Callable[[int], int] = lambda n: n * 2
print(ordered, double(21))


@dataclass
class Inbox:
    name: str
    items: list[str] = field(default_factory=list)
    ready: asyncio.Event = field(default_factory=lambda: asyncio.Event())
    tags: dict[str, int] = field(default_factory=lambda: {"new": 1})


def make_counters() -> list[int]:
    out: list[int] = []
    step = 2
    for i in range(3):
        def bump(by: int = step * i, start: int = 100) -> int:
            return start + by
        out.append(bump())
        out.append(bump(1))
    step = 50

    def after(by: int = step) -> int:
        return by
    out.append(after())
    return out


async def main() -> None:
    a = Inbox("a")
    b = Inbox("b")
    a.items.append("x")
    a.ready.set()
    print(a.items, b.items, a.ready.is_set(), b.ready.is_set(), a.tags)
    print(make_counters())
    logged = [print("item", i) for i in range(2)]
    print(logged)
    notify: Callable[[str], None] = lambda s: print("notify", s) if s else None
    notify("x")
    notify("")
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("from the loop"))
    await asyncio.sleep(0)


asyncio.run(main())
