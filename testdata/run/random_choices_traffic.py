# A load generator picks endpoints by weight (random.choices) and replays
# them against simulated handlers.
import asyncio
import random
from dataclasses import dataclass, field

ENDPOINTS = ["/search", "/item", "/cart", "/checkout"]
WEIGHTS = [60, 25, 10, 5]


@dataclass
class Stats:
    hits: dict[str, int] = field(default_factory=dict)
    errors: int = 0


async def handle(path: str, stats: Stats, rng: random.Random) -> None:
    await asyncio.sleep(0)
    stats.hits[path] = stats.hits.get(path, 0) + 1
    if rng.choices([True, False], weights=[0.1, 0.9])[0]:
        stats.errors += 1


async def main() -> None:
    rng = random.Random(1234)
    stats = Stats()
    plan = rng.choices(ENDPOINTS, WEIGHTS, k=40)
    await asyncio.gather(*(handle(p, stats, rng) for p in plan))
    for path in ENDPOINTS:
        n = stats.hits.get(path, 0)
        print(f"{path:<10} {n:3d} {'*' * n}")
    print("errors:", stats.errors)
    users = rng.choices(list(range(100, 110)), k=5)
    print("sampled users:", users)
    tiers = rng.choices("BSG", cum_weights=[70.0, 95.0, 100.0], k=12)
    print("tiers:", "".join(tiers))


asyncio.run(main())
