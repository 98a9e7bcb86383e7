# random.choice / random.choices / random.sample of a Sequence[T]
# parameter (a list or tuple passed where Sequence is declared) pick the
# same elements CPython picks.
import asyncio
import random
from typing import Sequence

Point = tuple[float, float]


def pick_seed(points: Sequence[Point]) -> Point:
    return random.choice(points)


def draw(names: Sequence[str], k: int) -> list[str]:
    return random.choices(names, k=k)


def panel(names: Sequence[str], rng: random.Random) -> list[str]:
    return [rng.choice(names)] + random.sample(names, 2)


async def main() -> None:
    random.seed(42)
    pts = [(1.0, 2.0), (3.5, -1.0), (0.0, 0.0), (9.0, 9.5)]
    print(pick_seed(pts), pick_seed(tuple(pts)))
    names = ("ann", "bob", "cy", "dee", "eve")
    print(draw(names, 4), draw(list(names), 2))
    print(panel(names, random.Random(7)))
    await asyncio.sleep(0)


asyncio.run(main())
