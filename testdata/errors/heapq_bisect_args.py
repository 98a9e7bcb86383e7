# aiogo: extensions
import heapq
import bisect
from collections import deque


class P:
    pass


def main() -> None:
    h: list[P] = []
    heapq.heappush(h, P())
    q: list[int] = []
    heapq.heappush(q, "x")
    d: deque[int] = deque()
    heapq.heappush(d, 1)
    bisect.insort((1, 2), 3)
    print(bisect.bisect_left([1], 1, key=5))


main()
