# Optional entries in a TTL cache: dict.get, walrus, or-defaults, early continue, narrowing undone by assignment in loops.
import asyncio
from dataclasses import dataclass
from typing import Optional


@dataclass
class Entry:
    value: str
    expires: float
    hits: int = 0


class TTLCache:
    def __init__(self, ttl: float) -> None:
        self.ttl = ttl
        self.now = 0.0
        self.data: dict[str, Entry] = {}
        self.last_key: Optional[str] = None
        self.evicted = 0

    def tick(self, dt: float) -> None:
        self.now += dt

    def put(self, key: str, value: str) -> None:
        self.data[key] = Entry(value, self.now + self.ttl)
        self.last_key = key

    def get(self, key: str) -> Optional[str]:
        e = self.data.get(key)
        if e is None:
            return None
        if e.expires <= self.now:
            del self.data[key]
            self.evicted += 1
            return None
        e.hits += 1
        return e.value

    def get_or(self, key: str, default: str) -> str:
        return self.get(key) or default

    def last(self) -> str:
        if not self.last_key:
            return "-"
        return self.last_key.upper()

    def purge(self) -> int:
        n = 0
        for key in list(self.data):
            if (e := self.data.get(key)) is not None and e.expires <= self.now:
                del self.data[key]
                n += 1
        self.evicted += n
        return n


async def loader(cache: TTLCache, keys: list[str]) -> list[str]:
    out: list[str] = []
    for k in keys:
        v = cache.get(k)
        if v is None:
            await asyncio.sleep(0)
            v = f"loaded-{k}"
            cache.put(k, v)
        out.append(v)
    return out


def longest(values: list[Optional[str]]) -> Optional[str]:
    best: Optional[str] = None
    for v in values:
        if v is None:
            continue
        if best is None or len(v) > len(best):
            best = v
    return best


async def main() -> None:
    cache = TTLCache(ttl=10)
    print(cache.last(), cache.get_or("a", "none"))
    print(await loader(cache, ["a", "b", "a"]))
    cache.tick(5)
    cache.put("c", "see")
    print(cache.get("a"), cache.get_or("c", "x"), cache.last())
    cache.tick(6)
    print(cache.get("a"), cache.get("c"), cache.evicted)
    cache.put("d", "dee")
    cache.tick(20)
    print(cache.purge(), cache.evicted, sorted(cache.data))
    print(longest([None, "ab", None, "abcd", "x"]), longest([None]))
    name: Optional[str] = None
    count = 0
    while name is None or len(name) < 3:
        name = (name or "") + "z"
        count += 1
    print(name, count)
    label = cache.last_key or "nothing"
    print(label.title(), len(label))


asyncio.run(main())
