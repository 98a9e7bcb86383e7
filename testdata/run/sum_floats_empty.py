import asyncio
from dataclasses import dataclass


@dataclass
class Cart:
    prices: list[float]

    def total(self) -> float:
        return sum(self.prices)

    def avg(self) -> float:
        return sum(self.prices) / len(self.prices) if self.prices else 0.0


async def main() -> None:
    empty: list[float] = []
    full = [1.5, 2.25, 3.0]
    print(sum(empty), sum(full), sum(empty, 0.0), sum(full, 10.0), sum([0.1] * 3))
    print(f"{sum(empty):.2f} {sum(full):8.3f}", sum(full) / 3, round(sum(empty), 2), round(sum(full)))
    t: float = sum(empty)
    t2 = sum(full)
    t2 += 1
    print(t, t2, Cart([]).total(), Cart(full).total(), Cart([]).avg(), Cart(full).avg())
    per: dict[str, float] = {"a": sum(empty), "b": sum(full)}
    print(per, max(sum(empty), sum(full)), int(sum(full)), sum(empty) == 0, sum(x * 1.5 for x in range(3)))
    groups: list[list[float]] = [[], [1.0], [2.5, 2.5]]
    totals = [sum(xs) for xs in groups]
    print(totals, sorted(totals), sum(totals), str(sum(empty)), repr(sum(full)))
    await asyncio.sleep(0)


asyncio.run(main())
