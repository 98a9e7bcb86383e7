# A token-bucket rate limiter shared by concurrent clients; records when each request was admitted.
import asyncio
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Bucket:
    capacity: float
    rate: float
    tokens: float = 0.0
    updated: float = 0.0

    def refill(self, now: float) -> None:
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    def wait_time(self, now: float, cost: float = 1.0) -> float:
        self.refill(now)
        if self.tokens >= cost - 1e-9:
            return 0.0
        return (cost - self.tokens) / self.rate


class RateLimiter:
    def __init__(self, capacity: int, per_second: float) -> None:
        self.bucket = Bucket(float(capacity), per_second, tokens=float(capacity))
        self.lock = asyncio.Lock()
        self.admitted: list[tuple[str, int]] = []
        self.start: Optional[float] = None

    def elapsed_ms(self) -> int:
        loop = asyncio.get_running_loop()
        if self.start is None:
            self.start = loop.time()
        return round((loop.time() - self.start) * 1000)

    async def acquire(self, who: str, cost: float = 1.0) -> None:
        async with self.lock:
            loop = asyncio.get_running_loop()
            while (delay := self.bucket.wait_time(loop.time(), cost)) > 0:
                await asyncio.sleep(delay)
            self.bucket.tokens -= cost
            self.admitted.append((who, self.elapsed_ms() // 100))


async def client(limiter: RateLimiter, name: str, n: int) -> int:
    done = 0
    for _ in range(n):
        await limiter.acquire(name)
        done += 1
    return done


async def main() -> None:
    limiter = RateLimiter(capacity=3, per_second=10.0)
    limiter.bucket.updated = asyncio.get_running_loop().time()
    limiter.elapsed_ms()
    counts = await asyncio.gather(client(limiter, "a", 4), client(limiter, "b", 3), client(limiter, "c", 2))
    print("counts:", counts)
    by_slot: dict[int, list[str]] = {}
    for who, slot in limiter.admitted:
        by_slot.setdefault(slot, []).append(who)
    for slot in sorted(by_slot):
        print(f"t~{slot * 100}ms:", "".join(sorted(by_slot[slot])))
    print("total:", len(limiter.admitted), "burst:", sum(1 for _, s in limiter.admitted if s == 0))
    try:
        await asyncio.wait_for(limiter.acquire("slow", cost=50.0), timeout=0.2)
    except asyncio.TimeoutError:
        print("timed out waiting for 50 tokens")


asyncio.run(main())
# meta: skip (prints admission times measured on the real clock, which the variants perturb under CPython)
