# A TTL cache with a virtual clock, stats, and an async loader that deduplicates concurrent misses.
import asyncio
from dataclasses import dataclass, field
from typing import Awaitable, Callable, Optional


@dataclass
class Entry:
    value: int
    expires: float


@dataclass
class Stats:
    hits: int = 0
    misses: int = 0
    evictions: int = 0

    def ratio(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def advance(self, dt: float) -> None:
        self.now += dt


class TTLCache:
    def __init__(self, clock: Clock, ttl: float, capacity: int = 4) -> None:
        self.clock = clock
        self.ttl = ttl
        self.capacity = capacity
        self.data: dict[str, Entry] = {}
        self.stats = Stats()
        self.pending: dict[str, asyncio.Future[int]] = {}

    def get(self, key: str) -> Optional[int]:
        e = self.data.get(key)
        if e is None:
            self.stats.misses += 1
            return None
        if e.expires <= self.clock.now:
            del self.data[key]
            self.stats.evictions += 1
            self.stats.misses += 1
            return None
        self.stats.hits += 1
        return e.value

    def put(self, key: str, value: int) -> None:
        if len(self.data) >= self.capacity and key not in self.data:
            oldest = min(self.data, key=lambda k: self.data[k].expires)
            del self.data[oldest]
            self.stats.evictions += 1
        self.data[key] = Entry(value, self.clock.now + self.ttl)

    async def get_or_load(self, key: str, loader: Callable[[str], Awaitable[int]]) -> int:
        cached = self.get(key)
        if cached is not None:
            return cached
        fut = self.pending.get(key)
        if fut is not None:
            return await fut
        fut = asyncio.get_running_loop().create_future()
        self.pending[key] = fut
        try:
            value = await loader(key)
            self.put(key, value)
            fut.set_result(value)
            return value
        finally:
            del self.pending[key]


calls: list[str] = []


async def slow_len(key: str) -> int:
    calls.append(key)
    await asyncio.sleep(0.01)
    return len(key) * 10


async def main() -> None:
    clock = Clock()
    cache = TTLCache(clock, ttl=5.0, capacity=3)
    results = await asyncio.gather(*(cache.get_or_load(k, slow_len) for k in ["ab", "abc", "ab", "ab"]))
    print("results:", results, "loads:", calls)
    clock.advance(3)
    print("hit:", cache.get("ab"), cache.get("zz"))
    cache.put("x", 1)
    cache.put("y", 2)
    print("keys:", sorted(cache.data))
    clock.advance(3)
    print("expired:", cache.get("x"), cache.get("abc"))
    s = cache.stats
    print(f"hits={s.hits} misses={s.misses} evictions={s.evictions} ratio={s.ratio():.2f}")
    print(await cache.get_or_load("abc", slow_len), calls)


asyncio.run(main())
# meta: order-sensitive (the order in which tasks run is what it prints)
