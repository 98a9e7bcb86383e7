import asyncio
from typing import Generator


def stats(xs: list[float]) -> Generator[float, None, dict[str, float]]:
    n = 0
    for x in xs:
        n += 1
        yield x
    return {"n": n, "mean": sum(xs) / n}


async def main() -> None:
    gen = stats([1.5, 2.5])
    try:
        while True:
            next(gen)
    except StopIteration as stop:
        result: dict[str, float] = stop.value
        print(result)


asyncio.run(main())
