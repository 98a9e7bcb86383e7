import asyncio
from dataclasses import dataclass
from typing import Callable, Optional


@dataclass
class Entry:
    value: str
    expires: float
    hits: int = 0


class TTLCache:
    def __init__(self, capacity: int, ttl: float, clock: Callable[[], float]) -> None:
        self.capacity = capacity
        self.ttl = ttl
        self.clock = clock
        self._data: dict[str, Entry] = {}
        self.stats = {"hit": 0, "miss": 0, "expired": 0, "evicted": 0}

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: str) -> bool:
        e = self._data.get(key)
        return e is not None and e.expires > self.clock()

    def get(self, key: str) -> Optional[str]:
        e = self._data.get(key)
        if e is None:
            self.stats["miss"] += 1
            return None
        if e.expires <= self.clock():
            del self._data[key]
            self.stats["expired"] += 1
            return None
        e.hits += 1
        self.stats["hit"] += 1
        # move to the end (most recently used)
        self._data[key] = self._data.pop(key)
        return e.value

    def put(self, key: str, value: str) -> None:
        if key in self._data:
            self._data.pop(key)
        elif len(self._data) >= self.capacity:
            oldest = next(iter(self._data))
            del self._data[oldest]
            self.stats["evicted"] += 1
        self._data[key] = Entry(value, self.clock() + self.ttl)

    def keys(self) -> list[str]:
        return list(self._data.keys())


async def slow_lookup(key: str) -> str:
    await asyncio.sleep(0.01)
    return key[::-1].upper()


async def cached(cache: TTLCache, key: str, log: list[str]) -> str:
    v = cache.get(key)
    if v is not None:
        log.append(f"hit {key}")
        return v
    log.append(f"miss {key}")
    v = await slow_lookup(key)
    cache.put(key, v)
    return v


async def main() -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    cache = TTLCache(capacity=3, ttl=0.5, clock=lambda: loop.time() - start)
    log: list[str] = []
    for batch in (["a", "b", "a"], ["c", "d"], ["a", "b"]):
        results = [await cached(cache, k, log) for k in batch]
        print(results, cache.keys(), len(cache))
    await asyncio.sleep(0.6)
    print("after ttl:", "a" in cache, cache.get("a"), cache.get("zz"))
    r = await asyncio.gather(*(cached(cache, k, log) for k in "xyx"))
    print(r)
    print(log)
    print(dict(sorted(cache.stats.items())))
    hits = {k: e.hits for k, e in cache._data.items()}
    print(hits)


asyncio.run(main())
