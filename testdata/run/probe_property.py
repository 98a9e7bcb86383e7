import asyncio
from dataclasses import dataclass, field


@dataclass
class Stats:
    count: int = 0
    total: float = 0.0
    values: list[float] = field(default_factory=list)

    @property
    def mean(self) -> float:
        return self.total / self.count if self.count else 0.0

    def add(self, v: float) -> None:
        self.count += 1
        self.total += v
        self.values.append(v)


async def main() -> None:
    s = Stats()
    for v in [1.0, 2.5, 4.0]:
        s.add(v)
    print(s.count, s.total, s.mean)


asyncio.run(main())
