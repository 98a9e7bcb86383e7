"""A load simulation drawing request latencies and sizes from random's
continuous distributions (lognormal, gamma, beta, Pareto, Weibull) with a
seeded generator: CPython's exact draws, printed in full and summed."""
import asyncio
import random
from collections.abc import Callable


async def client(name: str, rng: random.Random, n: int, results: dict[str, list[float]]) -> None:
    for _ in range(n):
        latency = rng.lognormvariate(-5.0, 0.4)
        await asyncio.sleep(min(latency, 0.002))
        results.setdefault(name, []).append(latency)


def sample_sizes(rng: random.Random) -> list[float]:
    return [
        rng.paretovariate(2.5),
        rng.weibullvariate(1.5, 0.7),
        rng.gammavariate(0.3, 2.0),
        rng.gammavariate(1.0, 2.0),
        rng.gammavariate(2.7, 2.0),
        rng.betavariate(0.5, 3.0),
    ]


async def main() -> None:
    random.seed(12345)
    print(random.lognormvariate(0.0, 1.0), random.paretovariate(2.5), random.weibullvariate(1.5, 0.7))
    rngs = {name: random.Random(seed) for name, seed in [("alpha", 1), ("beta", 2)]}
    results: dict[str, list[float]] = {}
    await asyncio.gather(*(client(name, rng, 3, results) for name, rng in rngs.items()))
    for name in sorted(results):
        print(name, [round(x * 1000, 3) for x in results[name]])
    print(sample_sizes(random.Random(99)))
    print([round(random.betavariate(alpha=2, beta=5), 6) for _ in range(3)])
    total = 0.0
    for _ in range(5000):
        total += random.gammavariate(0.7, 1.3) + random.betavariate(2.0, 0.4) + random.weibullvariate(2.0, 3.0)
        total += random.lognormvariate(0.1, 0.5) + random.paretovariate(4.0)
    print(total)
    bad: list[Callable[[], float]] = [
        lambda: random.gammavariate(0, 1),
        lambda: random.paretovariate(0),
        lambda: random.weibullvariate(1, 0),
    ]
    for f in bad:
        try:
            f()
        except (ValueError, ZeroDivisionError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
