import asyncio
from dataclasses import dataclass, field
from typing import Optional, Union

Number = Union[int, float]


@dataclass
class Series:
    name: str
    points: list[Number] = field(default_factory=list)

    def add(self, v: Number) -> None:
        self.points.append(v)

    def total(self) -> Number:
        acc: Number = 0
        for p in self.points:
            acc += p
        return acc

    def mean(self) -> float:
        return self.total() / len(self.points) if self.points else 0.0

    def span(self) -> Optional[tuple[Number, Number]]:
        if not self.points:
            return None
        return min(self.points), max(self.points)

    def scaled(self, k: Number) -> list[Number]:
        return [p * k for p in self.points]

    def clamp(self, lo: Number, hi: Number) -> list[Number]:
        return [lo if p < lo else hi if p > hi else p for p in self.points]


def describe(v: Number) -> str:
    kind = "int" if isinstance(v, int) else "float"
    return f"{v} ({kind}, {v:>8.3f}, {round(v, 1)}, {abs(v)}, {-v})"


def parse(token: str) -> Number:
    return float(token) if "." in token or "e" in token else int(token)


async def feed(s: Series, tokens: list[str]) -> None:
    for t in tokens:
        await asyncio.sleep(0)
        s.add(parse(t))


async def main() -> None:
    a = Series("a")
    b = Series("b")
    await asyncio.gather(feed(a, ["3", "4.5", "-2", "10"]), feed(b, ["1e3", "7", "7", "0.25"]))
    for s in (a, b):
        print(s.name, s.points, "total", s.total(), "mean", round(s.mean(), 4), "span", s.span())
        print("  scaled", s.scaled(2), s.scaled(0.5))
        print("  clamp", s.clamp(0, 5))
    for v in a.points + b.points:
        print(describe(v))
    ratio: Number = a.total() // 2
    print(ratio, a.total() % 3, 2 ** parse("-1"), parse("2") ** 10, parse("7") // parse("2"))
    print(sorted(a.points + b.points), sum(a.points), sum(b.points) / 2)
    weights: dict[str, Number] = {"x": 1, "y": 2.5}
    weights["x"] += 1
    weights["y"] *= 2
    print(weights, weights["x"] == 2, 1 < weights["y"] <= 5.0)
    budget = 100.0
    for v in a.points:
        budget -= v
    n = 0
    for v in b.points:
        n += int(v)
    print(budget, n, float(a.points[0]), int(a.points[1]), max(a.points, key=abs))
    try:
        print(parse("1") / parse("0"))
    except ZeroDivisionError as e:
        print("error:", e)


asyncio.run(main())
