import asyncio
from dataclasses import dataclass
from typing import Callable


@dataclass
class Point:
    x: float
    y: float

    def norm(self) -> float:
        return float((self.x ** 2 + self.y ** 2) ** 0.5)

    def scaled(self, k: float) -> "Point":
        return Point(self.x * k, self.y * k)

    async def fetch(self, delay: float) -> str:
        await asyncio.sleep(delay)
        return f"{self.x}"


class Base:
    def hello(self) -> str:
        return "base"

    def shared(self) -> str:
        return "shared " + type(self).__name__


class Sub(Base):
    def hello(self) -> str:
        return "sub"


async def main() -> None:
    ps = [Point(3.0, 4.0), Point(1.0, 1.0), Point(0.0, 2.0)]
    print(sorted(ps, key=Point.norm))
    print(list(map(Point.norm, ps)))
    f: Callable[[Point, float], Point] = Point.scaled
    print(f(ps[0], 2.0), Point.scaled(ps[1], 3.0), Point.norm(ps[0]))
    g = Point.norm
    print(g(ps[2]), max(ps, key=g))
    print(Base.shared(Sub()), [Base.shared(b) for b in [Base(), Sub()]])
    print(await Point.fetch(ps[0], 0.0))
asyncio.run(main())
