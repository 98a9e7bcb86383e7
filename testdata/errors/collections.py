# aiogo: extensions
from collections import Counter, defaultdict, deque
from math import pi


def main() -> None:
    d = defaultdict(list)
    q = deque()
    c: Counter[str] = Counter({"a": "x"})
    n: deque[int] = deque(["a"])
    print(d, q, c, n, pi)
