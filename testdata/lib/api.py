"""Golden input of a library package's exported Go API."""
import asyncio
from dataclasses import dataclass, field
from typing import Callable, Iterator, Optional, Union


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Shape:
    """A named polygon."""

    name: str
    points: list[Point] = field(default_factory=list)
    tags: dict[str, float] = field(default_factory=dict)
    parent: Optional[str] = None


class Counter:
    """Counts by steps."""

    def __init__(self, start: int, step: int = 1) -> None:
        self.count = start
        self.step = step
        self.http_id = "c"
        self.seen: set[str] = set()
        self.hook: Optional[Callable[[int], None]] = None

    def bump(self) -> int:
        self.count += self.step
        return self.count

    async def bump_after(self, delay: float, label: str = "") -> int:
        """Bump once the delay is over."""
        await asyncio.sleep(delay)
        self.seen.add(label)
        return self.bump()

    @property
    def double(self) -> int:
        return self.count * 2

    def same(self, other: "Counter") -> bool:
        return self is other

    @staticmethod
    def zero() -> int:
        return 0


class Limited(Counter):
    def __init__(self, start: int, limit: int) -> None:
        super().__init__(start)
        self.limit = limit

    def bump(self) -> int:
        return min(super().bump(), self.limit)


async def area(shape: Shape, scale: float = 1.0) -> float:
    """Area of a polygon (shoelace formula).

    The points are taken in order.
    """
    await asyncio.sleep(0)
    s = 0
    pts = shape.points
    for i in range(len(pts)):
        a, b = pts[i], pts[(i + 1) % len(pts)]
        s += a.x * b.y - b.x * a.y
    return abs(s) / 2 * scale


async def stats(xs: list[int], seen: set[str], raw: bytes) -> tuple[int, Optional[int], bytes]:
    await asyncio.sleep(0)
    return len(xs), (max(xs) if xs else None), raw + b"!"


async def notify(msg: str, times: int = 1, sep: str = ", ") -> None:
    print(sep.join([msg] * times))


def bump_all(cs: list[Counter]) -> int:
    return sum(c.bump() for c in cs)


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def adder(n: int) -> Callable[[int], int]:
    return lambda v: v + n


def pick(x: Union[int, str]) -> str:
    return str(x)


def count_up(n: int) -> Iterator[int]:
    for i in range(n):
        yield i


def _private(x: int) -> int:
    return x


async def main() -> None:
    print(await area(Shape("sq", [Point(0, 0), Point(0, 2), Point(2, 2), Point(2, 0)])))
    print(await stats([3, 1], {"a"}, b"x"))
    await notify("hi", 2)
    c = Limited(1, 2)
    print(bump_all([Counter(1), c]), await c.bump_after(0), c.double, c.same(c), Counter.zero())
    print(apply(lambda v: v + 1, 1), adder(2)(1), pick(3), list(count_up(2)), _private(1))


if __name__ == "__main__":
    asyncio.run(main())
