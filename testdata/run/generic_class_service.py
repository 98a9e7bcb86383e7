import asyncio
from typing import Generic, Optional, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Cache(Generic[K, V]):
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: dict[K, V] = {}

    def put(self, k: K, v: V) -> None:
        if len(self.data) >= self.capacity:
            self.data.pop(next(iter(self.data)))
        self.data[k] = v

    def __repr__(self) -> str:
        return f"Cache({self.capacity}, {self.data})"


class Service:
    def __init__(self) -> None:
        self.cache: Optional[Cache[str, int]] = None

    async def start(self) -> None:
        await asyncio.sleep(0)
        self.cache = Cache(2)

    async def handle(self, key: str) -> int:
        assert self.cache is not None
        v = len(key) * 10
        self.cache.put(key, v)
        return v


async def main() -> None:
    svc = Service()
    await svc.start()
    print(await asyncio.gather(*(svc.handle(k) for k in ["a", "bb", "ccc"])))
    print(svc.cache)


asyncio.run(main())
