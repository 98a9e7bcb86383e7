# aiogo: extensions
import asyncio
import heapq
from bisect import bisect_left, bisect_right, insort, insort_left, bisect
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


class Rev:
    def __init__(self, v: int) -> None:
        self.v = v

    def __lt__(self, other: "Rev") -> bool:
        print(f"  lt {self.v} {other.v}")
        return self.v > other.v

    def __repr__(self) -> str:
        return f"Rev({self.v})"


async def main() -> None:
    h: list[int] = []
    for x in [5, 3, 8, 1, 9, 2, 7]:
        heapq.heappush(h, x)
    print(h)
    print(heapq.heappop(h), h)
    print(heapq.heappushpop(h, 0), heapq.heappushpop(h, 6), h)
    print(heapq.heapreplace(h, 10), h)
    data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0]
    heapq.heapify(data)
    print(data, [heapq.heappop(data) for _ in range(len(data))])
    try:
        heapq.heappop(data)
    except IndexError as e:
        print("IndexError:", e)
    try:
        heapq.heapreplace(data, 1)
    except IndexError as e:
        print("IndexError:", e)
    jobs: list[Job] = []
    for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
        heapq.heappush(jobs, Job(p, n))
    while jobs:
        j = heapq.heappop(jobs)
        print(j.priority, j.name)
    pairs: list[tuple[float, str]] = []
    heapq.heappush(pairs, (2.5, "x"))
    heapq.heappush(pairs, (0.5, "y"))
    heapq.heappush(pairs, (2.5, "a"))
    print(pairs, heapq.nsmallest(2, pairs), heapq.nlargest(1, pairs))
    words = ["pear", "fig", "banana", "kiwi", "apple"]
    print(heapq.nsmallest(3, words, key=len), heapq.nlargest(2, words, key=len), heapq.nlargest(10, words))
    print(heapq.nsmallest(0, words), heapq.nlargest(-1, [1]), heapq.nsmallest(2, {"b": 1, "a": 2}))
    rh: list[Rev] = []
    for v in [1, 3, 2]:
        heapq.heappush(rh, Rev(v))
    print(rh)
    xs = [1, 3, 3, 5, 8]
    print(bisect_left(xs, 3), bisect_right(xs, 3), bisect(xs, 4), bisect_left(xs, 3, 2), bisect_right(xs, 3, 0, 2))
    print(bisect_left(xs, 100), bisect_left(xs, -1), bisect_left(xs, 5, hi=None), bisect_right(xs, 5, lo=1, hi=3))
    insort(xs, 4)
    insort_left(xs, 3)
    insort(xs, 0, 0, 1)
    print(xs)
    recs = [("a", 1), ("b", 4), ("c", 9)]
    print(bisect_left(recs, 4, key=lambda r: r[1]), bisect_right(recs, 4, key=lambda r: r[1]))
    insort(recs, ("z", 5), key=lambda r: r[1])
    print(recs)
    cuts = (10, 20, 30)
    print([bisect(cuts, s) for s in (5, 10, 25, 99)], "FDCBA"[bisect([60, 70, 80, 90], 85)])
    try:
        bisect_left(xs, 1, -1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        bisect_left(xs, 1000, 0, 50)
    except IndexError as e:
        print("IndexError:", e)


asyncio.run(main())
