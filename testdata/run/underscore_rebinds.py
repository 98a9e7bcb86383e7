"""The throwaway name _ takes the type of each value assigned to it, as mypy types it."""
import asyncio
from dataclasses import dataclass


@dataclass
class P:
    x: int


async def val() -> float:
    return 2.5


async def main() -> None:
    for _ in range(3):
        print(_ + 1, end=" ")
    print(_ * 10)
    _, y = "a", 3
    print(_.upper(), y)
    _ = P(4)
    print(_.x, _)
    _ = await val()
    print(_ / 2)
    _ = [1, 2]
    _.append(3)
    print(_, len(_))
    words = ["a", "bb", "ccc"]
    lens = {_: len(_) for _ in words}
    print(lens)
    total = 0
    for _, n in enumerate([5, 6]):
        total += n * _
    print(total, _)
    _ = None
    print(_)


asyncio.run(main())
