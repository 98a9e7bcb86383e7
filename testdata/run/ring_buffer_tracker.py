# A ring buffer class (__iter__, __getitem__, __len__, no __contains__) tracks
# latencies; `x in buf` iterates as CPython does.
import asyncio
from typing import Iterator, Optional


class RingBuffer:
    def __init__(self, capacity: int) -> None:
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self._items: list[Optional[float]] = [None] * capacity
        self._start = 0
        self._size = 0
        self.overwritten = 0

    def push(self, x: float) -> None:
        cap = len(self._items)
        end = (self._start + self._size) % cap
        self._items[end] = x
        if self._size == cap:
            self._start = (self._start + 1) % cap
            self.overwritten += 1
        else:
            self._size += 1

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[float]:
        for i in range(self._size):
            v = self._items[(self._start + i) % len(self._items)]
            assert v is not None
            yield v

    def __getitem__(self, i: int) -> float:
        if not -self._size <= i < self._size:
            raise IndexError("ring index out of range")
        v = self._items[(self._start + i % self._size) % len(self._items)]
        assert v is not None
        return v

    def mean(self) -> float:
        return sum(self) / len(self) if self._size else 0.0

    def __repr__(self) -> str:
        return f"RingBuffer({list(self)!r}, overwritten={self.overwritten})"


class LatencyTracker:
    def __init__(self, window: int) -> None:
        self.window = RingBuffer(window)
        self.alerts: list[str] = []

    async def observe(self, source: str, ms: float) -> None:
        self.window.push(ms)
        await asyncio.sleep(0)
        if len(self.window) >= 3 and self.window.mean() > 50:
            self.alerts.append(f"{source}: mean {self.window.mean():.1f}ms over {len(self.window)}")


async def feed(t: LatencyTracker, source: str, samples: list[float]) -> None:
    for s in samples:
        await t.observe(source, s)


async def main() -> None:
    t = LatencyTracker(4)
    await asyncio.gather(feed(t, "api", [12.0, 15.5, 90.0, 110.0]), feed(t, "db", [5.0, 7.5, 300.0]))
    print(t.window)
    print("last:", t.window[-1], "first:", t.window[0], "max:", max(t.window), "sorted:", sorted(t.window))
    print("alerts:", *t.alerts, sep="\n  ")
    try:
        t.window[10]
    except IndexError as e:
        print("IndexError:", e)
    try:
        RingBuffer(0)
    except ValueError as e:
        print("ValueError:", e)
    print([round(x) for x in t.window], 90.0 in t.window, list(reversed(list(t.window))))


asyncio.run(main())
