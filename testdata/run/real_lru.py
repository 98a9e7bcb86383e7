# An LRU cache built on a doubly linked list plus dict, with an async memoizing decorator-style wrapper.
import asyncio
from typing import Awaitable, Callable, Optional


class Node:
    def __init__(self, key: int, value: str) -> None:
        self.key = key
        self.value = value
        self.prev: Optional["Node"] = None
        self.next: Optional["Node"] = None


class LRU:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.map: dict[int, Node] = {}
        self.head: Optional[Node] = None
        self.tail: Optional[Node] = None
        self.evicted: list[int] = []

    def _unlink(self, node: Node) -> None:
        if node.prev is not None:
            node.prev.next = node.next
        else:
            self.head = node.next
        if node.next is not None:
            node.next.prev = node.prev
        else:
            self.tail = node.prev
        node.prev = node.next = None

    def _push_front(self, node: Node) -> None:
        node.next = self.head
        if self.head is not None:
            self.head.prev = node
        self.head = node
        if self.tail is None:
            self.tail = node

    def get(self, key: int) -> Optional[str]:
        node = self.map.get(key)
        if node is None:
            return None
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key: int, value: str) -> None:
        if (node := self.map.get(key)) is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity and self.tail is not None:
            old = self.tail
            self._unlink(old)
            del self.map[old.key]
            self.evicted.append(old.key)
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def keys(self) -> list[int]:
        out: list[int] = []
        cur = self.head
        while cur is not None:
            out.append(cur.key)
            cur = cur.next
        return out


def memoize(cache: LRU, fn: Callable[[int], Awaitable[str]]) -> Callable[[int], Awaitable[str]]:
    async def wrapper(n: int) -> str:
        hit = cache.get(n)
        if hit is not None:
            return hit + "*"
        value = await fn(n)
        cache.put(n, value)
        return value

    return wrapper


calls = 0


async def render(n: int) -> str:
    global calls
    calls += 1
    await asyncio.sleep(0)
    return "#" * n


async def main() -> None:
    cache = LRU(3)
    for k, v in [(1, "a"), (2, "b"), (3, "c")]:
        cache.put(k, v)
    print(cache.keys(), cache.get(1), cache.keys())
    cache.put(4, "d")
    cache.put(2, "B")
    print(cache.keys(), cache.evicted, cache.get(3), cache.get(2))
    fast = memoize(LRU(2), render)
    outs = [await fast(n) for n in [1, 2, 1, 3, 2, 1]]
    print(outs, "calls:", calls)


asyncio.run(main())
