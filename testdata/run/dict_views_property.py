import asyncio
from typing import Iterable


class Registry:
    def __init__(self) -> None:
        self._handlers: dict[str, int] = {}

    def register(self, name: str, prio: int) -> None:
        self._handlers[name] = prio

    @property
    def names(self) -> Iterable[str]:
        return self._handlers.keys()


def show(label: str, xs: Iterable[str]) -> None:
    print(label, ",".join(xs))


async def worker(reg: Registry, name: str, delay: float) -> None:
    await asyncio.sleep(delay)
    reg.register(name, int(delay * 100))
    show("after " + name, reg.names)


async def main() -> None:
    reg = Registry()
    view = reg.names
    await asyncio.gather(worker(reg, "b", 0.02), worker(reg, "a", 0.01), worker(reg, "c", 0.03))
    show("final", view)
    pending = {"t1": 1.5, "t2": 2.5}
    seen = pending.keys()
    for name in list(seen):
        if name == "t1":
            del pending[name]
    print(sorted(seen), len(seen))
    counts: dict[int, str] = {1: "one", 2: "two"}
    vals = counts.values()
    counts[3] = "three"
    print(" ".join(v.upper() for v in vals))
    print("two" in vals, "four" in vals)


asyncio.run(main())
