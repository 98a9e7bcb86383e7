"""A method alias in a class body (__rmul__ = __mul__, __radd__ = __add__,
an async method under a second name) is the same function: it runs the
class's own method, even on an instance of a subclass overriding the
original (was refused: 'undefined: __mul__')."""
import asyncio


class Vec:
    def __init__(self, x: int, y: int) -> None:
        self.x, self.y = x, y

    def __add__(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k: int) -> "Vec":
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)

    size = norm1

    async def fetch(self, delay: float) -> str:
        await asyncio.sleep(delay)
        return f"fetched {self}"

    load = fetch

    def __repr__(self) -> str:
        return f"Vec({self.x}, {self.y})"


class Loud(Vec):
    def norm1(self) -> int:
        return 1000


async def main() -> None:
    v = Vec(1, -2)
    print(v * 3, 3 * v, 2 * v + v, v.size(), v.norm1())
    loud = Loud(1, 1)
    print(loud.norm1(), loud.size(), 2 * loud)
    print(await v.load(0), await asyncio.gather(v.fetch(0.01), loud.load(0)))


asyncio.run(main())
