import asyncio
import random
import time
from dataclasses import dataclass, field


@dataclass
class Request:
    rid: int
    user: str
    cost: int = 1


@dataclass
class Bucket:
    capacity: int
    refill_per_tick: int
    tokens: int = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = self.capacity

    def take(self, n: int) -> bool:
        if self.tokens >= n:
            self.tokens -= n
            return True
        return False

    def refill(self) -> None:
        self.tokens = min(self.capacity, self.tokens + self.refill_per_tick)


class Limiter:
    def __init__(self, concurrency: int, per_user: int) -> None:
        self.sem = asyncio.Semaphore(concurrency)
        self.buckets: dict[str, Bucket] = {}
        self.per_user = per_user
        self.active = 0
        self.peak = 0
        self.rejected: list[int] = []

    def bucket(self, user: str) -> Bucket:
        if user not in self.buckets:
            self.buckets[user] = Bucket(self.per_user, 1)
        return self.buckets[user]

    async def handle(self, req: Request) -> str:
        if not self.bucket(req.user).take(req.cost):
            self.rejected.append(req.rid)
            return f"#{req.rid} {req.user}: 429"
        async with self.sem:
            self.active += 1
            self.peak = max(self.peak, self.active)
            try:
                await asyncio.sleep(0.002 * req.cost)
                return f"#{req.rid} {req.user}: 200 (cost {req.cost})"
            finally:
                self.active -= 1

    async def refill_loop(self, ticks: int) -> None:
        for _ in range(ticks):
            await asyncio.sleep(0.003)
            for b in self.buckets.values():
                b.refill()


async def main() -> None:
    random.seed(42)
    users = ["ann", "ben", "cy"]
    reqs = [Request(i, random.choice(users), random.randint(1, 3)) for i in range(12)]
    print([(r.user, r.cost) for r in reqs])
    lim = Limiter(concurrency=2, per_user=4)
    refill = asyncio.create_task(lim.refill_loop(3))
    started = time.monotonic()
    results = await asyncio.gather(*(lim.handle(r) for r in reqs))
    await refill
    elapsed = time.monotonic() - started
    for line in results:
        print(line)
    print("peak", lim.peak, "rejected", lim.rejected, "slow" if elapsed > 10 else "fast")
    print({u: b.tokens for u, b in sorted(lim.buckets.items())})
    sample = random.sample(range(100), 5)
    random.shuffle(users)
    print(sample, users, round(random.random(), 6), random.randrange(0, 50, 5))


asyncio.run(main())
