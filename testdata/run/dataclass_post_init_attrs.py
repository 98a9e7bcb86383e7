# Attributes a dataclass's methods assign without declaring them as fields
# (self.counts = [0] * self.bins in __post_init__, self.under = self.over = 0,
# self.cache = {} in reset()) are plain instance attributes, as mypy reads
# them: not parameters of __init__, not in the repr, ==, ordering or
# dataclasses.asdict/astuple.
import asyncio
from dataclasses import asdict, astuple, dataclass, field


@dataclass
class Histogram:
    lo: float
    hi: float
    bins: int

    def __post_init__(self) -> None:
        if self.hi <= self.lo or self.bins < 1:
            raise ValueError("bad histogram range")
        self.counts = [0] * self.bins
        self.under = self.over = 0

    def add(self, x: float) -> None:
        if x < self.lo:
            self.under += 1
        elif x >= self.hi:
            self.over += 1
        else:
            self.counts[int((x - self.lo) / (self.hi - self.lo) * self.bins)] += 1


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)

    def start(self, at: int) -> None:
        self.started = at
        self.log: list[str] = [f"start@{at}"]


class Plain:
    def __init__(self) -> None:
        self.n = 0

    def reset(self) -> None:
        self.hits = self.misses = 0


async def main() -> None:
    h = Histogram(0, 10, 5)
    for x in [1, 3, 3.5, 9.9, 10, -1, 12]:
        h.add(x)
    await asyncio.sleep(0)
    print(h, h.counts, h.under, h.over)
    print(asdict(h), astuple(h), h == Histogram(0, 10, 5))
    a, b = Task(2, "b"), Task(1, "a")
    a.start(5)
    b.start(7)
    a.log.append("more")
    print(sorted([a, b]), a.started, a.log, b.log, a == Task(2, "x"))
    p = Plain()
    p.reset()
    p.hits += 2
    print(p.n, p.hits, p.misses)
    try:
        Histogram(5, 1, 2)
    except ValueError as e:
        print("error:", e)


asyncio.run(main())
