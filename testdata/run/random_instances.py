import asyncio
import random
from random import Random


class Dice:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def roll(self, n: int) -> list[int]:
        return [self.rng.randint(1, 6) for _ in range(n)]


async def main() -> None:
    random.seed(1)
    a = Random(42)
    b = random.Random(42)
    print(a.random() == b.random(), a.randint(1, 100), b.randrange(10), random.random())
    d = Dice(7)
    print(d.roll(5), d.rng.choice("xyz"), d.rng.sample(range(20), 3), round(d.rng.uniform(1.0, 2.0), 6))
    xs = list(range(8))
    a.shuffle(xs)
    print(xs)
    a.seed(42)
    print(a.randint(1, 100), a.choice([1.5, 2.5]))


asyncio.run(main())
