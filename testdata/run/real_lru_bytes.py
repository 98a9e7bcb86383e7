import asyncio
from typing import Awaitable, Callable, Optional


class Node:
    def __init__(self, key: str, value: bytes) -> None:
        self.key = key
        self.value = value
        self.prev: Optional["Node"] = None
        self.next: Optional["Node"] = None


class LRU:
    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.size = 0
        self.map: dict[str, Node] = {}
        self.head: Optional[Node] = None
        self.tail: Optional[Node] = None
        self.evictions: list[str] = []

    def _unlink(self, n: Node) -> None:
        if n.prev is not None:
            n.prev.next = n.next
        else:
            self.head = n.next
        if n.next is not None:
            n.next.prev = n.prev
        else:
            self.tail = n.prev
        n.prev = n.next = None

    def _push_front(self, n: Node) -> None:
        n.next = self.head
        if self.head is not None:
            self.head.prev = n
        self.head = n
        if self.tail is None:
            self.tail = n

    def get(self, key: str) -> Optional[bytes]:
        n = self.map.get(key)
        if n is None:
            return None
        self._unlink(n)
        self._push_front(n)
        return n.value

    def put(self, key: str, value: bytes) -> None:
        if len(value) > self.max_bytes:
            raise ValueError(f"{key}: {len(value)} bytes exceeds capacity {self.max_bytes}")
        old = self.map.pop(key, None)
        if old is not None:
            self._unlink(old)
            self.size -= len(old.value)
        n = Node(key, value)
        self.map[key] = n
        self._push_front(n)
        self.size += len(value)
        while self.size > self.max_bytes and self.tail is not None:
            victim = self.tail
            self._unlink(victim)
            del self.map[victim.key]
            self.size -= len(victim.value)
            self.evictions.append(victim.key)

    def keys(self) -> list[str]:
        out = []
        n = self.head
        while n:
            out.append(n.key)
            n = n.next
        return out


async def memo(cache: LRU, key: str, load: Callable[[str], Awaitable[bytes]]) -> bytes:
    if (hit := cache.get(key)) is not None:
        return hit
    data = await load(key)
    cache.put(key, data)
    return data


async def main() -> None:
    loads: list[str] = []

    async def load(key: str) -> bytes:
        loads.append(key)
        await asyncio.sleep(0)
        return key.encode() * (len(key) + 1)

    cache = LRU(max_bytes=40)
    for k in ["a", "bb", "ccc", "a", "dddd", "bb", "eeeee", "a"]:
        v = await memo(cache, k, load)
        print(f"{k:<6} {len(v):>3}B size={cache.size:>2} order={cache.keys()}")
    print("loads:", loads)
    print("evicted:", cache.evictions)
    try:
        cache.put("huge", b"x" * 41)
    except ValueError as e:
        print(e)
    print(cache.get("zzz"), cache.get("a"), sorted(cache.map))


asyncio.run(main())
