# A list of tasks with different result types is typed by mypy as tasks of
# the join of the results (Task[int | None] for None and int, Task[Shape]
# for two subclasses): t.result() and await t give that join.
import asyncio
from dataclasses import dataclass


@dataclass
class Shape:
    name: str

    def area(self) -> float:
        return 0.0


@dataclass
class Square(Shape):
    side: float

    def area(self) -> float:
        return self.side * self.side


@dataclass
class Circle(Shape):
    r: float

    def area(self) -> float:
        return 3.0 * self.r * self.r


async def warm_cache() -> None:
    await asyncio.sleep(0.01)
    print("cache warm")


async def count_users() -> int:
    await asyncio.sleep(0.02)
    return 42


async def make_square() -> Square:
    return Square("sq", 2.0)


async def make_circle() -> Circle:
    return Circle("ci", 1.0)


def describe(x: int | None) -> str:
    return "nothing" if x is None else f"{x} users"


def total_area(shapes: list[Shape]) -> float:
    return sum(s.area() for s in shapes)


async def main() -> None:
    startup = [asyncio.create_task(warm_cache()), asyncio.create_task(count_users())]
    for t in startup:
        v = await t
        print(describe(v), describe(t.result()))
    counted = [x for t in startup if (x := t.result()) is not None]
    print(sum(counted))

    builders = [asyncio.create_task(make_square()), asyncio.create_task(make_circle())]
    done, _ = await asyncio.wait(builders)
    shapes = [t.result() for t in builders]
    print([s.name for s in shapes], total_area(shapes), len(done))
    first = await builders[0]
    print(first.name, first.area())


asyncio.run(main())
