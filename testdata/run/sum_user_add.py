import asyncio
from dataclasses import dataclass


@dataclass(frozen=True)
class Vec:
    x: float
    y: float

    def __add__(self, o: "Vec") -> "Vec":
        return Vec(self.x + o.x, self.y + o.y)


async def main() -> None:
    vs = [Vec(1.0, 2.0), Vec(0.5, -1.0), Vec(2.0, 2.0)]
    print(sum(vs, Vec(0.0, 0.0)), sum((v for v in vs if v.x > 0.6), Vec(10.0, 10.0)))
    rows: list[list[int]] = [[1, 2], [3], [], [4, 5]]
    flat = [x for r in rows for x in r]
    print(flat, rows)


asyncio.run(main())
