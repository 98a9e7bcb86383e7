# One cause, one message: the value that would fix the element type of
# `data = []` has an error, so data reports nothing more (no "needs a type
# annotation", no "element type unknown" at the append).
import asyncio
import random


def mean(xs: list[float]) -> float:
    return sum(xs) / len(xs)


async def main() -> None:
    rng = random.Random(4)
    data = []
    for _ in range(10):
        data.append(rng.vonmisesvariate(2.0, 5.0))
    print(mean(data), len(data))


asyncio.run(main())
