# Endpoint latencies drawn from random.expovariate and random.uniform feed
# percentiles and a histogram.
import asyncio
import random
from dataclasses import dataclass, field


@dataclass
class Histogram:
    bounds: list[float]
    counts: list[int] = field(init=False)
    total: float = 0.0
    n: int = 0

    def __post_init__(self) -> None:
        self.counts = [0] * (len(self.bounds) + 1)

    def observe(self, v: float) -> None:
        self.n += 1
        self.total += v
        for i, b in enumerate(self.bounds):
            if v <= b:
                self.counts[i] += 1
                return
        self.counts[-1] += 1

    @property
    def mean(self) -> float:
        return self.total / self.n if self.n else 0.0

    def render(self) -> list[str]:
        labels = [f"<={b:g}" for b in self.bounds] + [f">{self.bounds[-1]:g}"]
        peak = max(self.counts) or 1
        return [f"{lab:>7} {c:3d} {'#' * round(20 * c / peak)}" for lab, c in zip(labels, self.counts)]


def percentile(values: list[float], p: float) -> float:
    if not values:
        raise ValueError("no samples")
    s = sorted(values)
    k = (len(s) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


class Collector:
    def __init__(self) -> None:
        self.samples: dict[str, list[float]] = {}
        self.counters: dict[str, int] = {}
        self.hist = Histogram([5, 10, 25, 50])

    def incr(self, name: str, by: int = 1) -> None:
        self.counters[name] = self.counters.get(name, 0) + by

    def timing(self, name: str, ms: float) -> None:
        self.samples.setdefault(name, []).append(ms)
        self.hist.observe(ms)


async def endpoint(c: Collector, name: str, rng: random.Random, n: int) -> None:
    for _ in range(n):
        ms = rng.expovariate(1 / 12) if name != "health" else rng.uniform(0.5, 2.0)
        c.timing(name, round(ms, 3))
        c.incr(f"{name}.calls")
        if ms > 40:
            c.incr("slow")
        await asyncio.sleep(0)


async def main() -> None:
    rng = random.Random(2024)
    c = Collector()
    await asyncio.gather(*(endpoint(c, n, rng, k) for n, k in [("search", 40), ("checkout", 15), ("health", 20)]))
    print(f"{'endpoint':<10}{'n':>4}{'p50':>9}{'p95':>9}{'max':>9}")
    for name, vals in sorted(c.samples.items()):
        print(f"{name:<10}{len(vals):>4}{percentile(vals, 50):>9.2f}{percentile(vals, 95):>9.2f}{max(vals):>9.2f}")
    print("counters:", dict(sorted(c.counters.items())))
    print(f"overall mean {c.hist.mean:.3f} ms over {c.hist.n} samples")
    for line in c.hist.render():
        print(line)
    try:
        percentile([], 50)
    except ValueError as e:
        print("error:", e)


asyncio.run(main())
