from typing import Generic, TypeVar, Optional, Callable
from dataclasses import dataclass, field

K = TypeVar("K")
V = TypeVar("V")


class LRUCache(Generic[K, V]):
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._data: dict[K, V] = {}
        self.hits = 0
        self.misses = 0

    def get(self, key: K) -> Optional[V]:
        if key in self._data:
            self.hits += 1
            value = self._data.pop(key)
            self._data[key] = value
            return value
        self.misses += 1
        return None

    def put(self, key: K, value: V) -> None:
        if key in self._data:
            del self._data[key]
        elif len(self._data) >= self.capacity:
            oldest = next(iter(self._data))
            del self._data[oldest]
            print(f"evict {oldest!r}")
        self._data[key] = value

    def get_or_compute(self, key: K, fn: Callable[[K], V]) -> V:
        got = self.get(key)
        if got is not None:
            return got
        v = fn(key)
        self.put(key, v)
        return v

    def __repr__(self) -> str:
        return f"LRUCache({self._data}, hits={self.hits}, misses={self.misses})"


@dataclass
class Registry(Generic[K, V]):
    name: str
    items: dict[K, list[V]] = field(default_factory=dict)

    def add(self, k: K, v: V) -> None:
        self.items.setdefault(k, []).append(v)


def main() -> None:
    c: LRUCache[str, int] = LRUCache(2)
    c.put("a", 1)
    c.put("b", 2)
    print(c.get("a"))
    c.put("c", 3)
    print(c.get("b"), c.get("c"))
    print(c.get_or_compute("dd", len), c.get_or_compute("dd", len))
    print(c)
    sq = LRUCache[int, float](3)
    for i in range(5):
        sq.get_or_compute(i % 4, lambda k: k * 1.5)
    print(sq)
    r: Registry[str, int] = Registry("r")
    r.add("x", 1)
    r.add("x", 2)
    r.add("y", 3)
    print(r)
    print(isinstance(r, Registry), type(c).__name__)


main()
