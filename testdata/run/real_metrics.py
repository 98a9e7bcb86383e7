# A metrics registry: counters, gauges and histograms, a timing decorator on methods, and a periodic async reporter.
import asyncio
from dataclasses import dataclass, field
from typing import Awaitable, Callable, Optional, Union

Number = Union[int, float]


@dataclass
class Histogram:
    bounds: list[float]
    counts: list[int] = field(default_factory=list)
    total: float = 0.0

    def __post_init__(self) -> None:
        self.counts = [0] * (len(self.bounds) + 1)

    def observe(self, v: float) -> None:
        self.total += v
        for i, b in enumerate(self.bounds):
            if v <= b:
                self.counts[i] += 1
                return
        self.counts[-1] += 1


class Registry:
    def __init__(self) -> None:
        self.counters: dict[str, int] = {}
        self.gauges: dict[str, Number] = {}
        self.hists: dict[str, Histogram] = {}

    def inc(self, name: str, by: int = 1) -> None:
        self.counters[name] = self.counters.get(name, 0) + by

    def gauge(self, name: str, value: Number) -> None:
        self.gauges[name] = value

    def hist(self, name: str) -> Histogram:
        h = self.hists.get(name)
        if h is None:
            h = self.hists[name] = Histogram([0.001, 0.005, 0.01])
        return h

    def snapshot(self) -> list[str]:
        lines = [f"counter {k}={v}" for k, v in sorted(self.counters.items())]
        for k, g in sorted(self.gauges.items()):
            shown = f"{g:.2f}" if isinstance(g, float) else str(g)
            lines.append(f"gauge {k}={shown}")
        lines += [f"hist {k}={h.counts}" for k, h in sorted(self.hists.items())]
        return lines


REG = Registry()


def timed(name: str) -> Callable[[Callable[["Worker", int], Awaitable[int]]], Callable[["Worker", int], Awaitable[int]]]:
    def deco(fn: Callable[["Worker", int], Awaitable[int]]) -> Callable[["Worker", int], Awaitable[int]]:
        async def wrapper(self: "Worker", n: int) -> int:
            REG.inc(name + ".calls")
            try:
                return await fn(self, n)
            except ValueError:
                REG.inc(name + ".errors")
                raise
            finally:
                REG.hist(name).observe(n / 1000)
        return wrapper
    return deco


class Worker:
    def __init__(self, name: str) -> None:
        self.name = name
        self.done = 0

    @timed("work")
    async def work(self, n: int) -> int:
        await asyncio.sleep(n / 1000)
        if n % 7 == 0:
            raise ValueError(f"{self.name} cannot do {n}")
        self.done += 1
        return n * 2


async def reporter(stop: asyncio.Event, every: float, out: list[int]) -> None:
    while not stop.is_set():
        try:
            await asyncio.wait_for(stop.wait(), every)
        except asyncio.TimeoutError:
            out.append(REG.counters.get("work.calls", 0))


async def main() -> None:
    stop = asyncio.Event()
    ticks: list[int] = []
    rep = asyncio.create_task(reporter(stop, 0.004, ticks))
    workers = [Worker(f"w{i}") for i in range(3)]
    jobs = [w.work(n) for w in workers for n in (1, 3, 7, 12)]
    results = await asyncio.gather(*jobs, return_exceptions=True)
    stop.set()
    await rep
    REG.gauge("workers", len(workers))
    REG.gauge("ok_ratio", sum(1 for r in results if isinstance(r, int)) / len(results))
    print([r if isinstance(r, int) else type(r).__name__ for r in results])
    print("done per worker:", [w.done for w in workers])
    for line in REG.snapshot():
        print(line)
    print("reporter ticks:", len(ticks) > 0, ticks == sorted(ticks))


asyncio.run(main())
