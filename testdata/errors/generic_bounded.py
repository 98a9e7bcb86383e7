# Bounded and constrained type variables are refused (unbounded ones in
# module-level functions are compiled).
import asyncio
from typing import TypeVar

N = TypeVar("N", int, float)


def double(x: N) -> N:
    return x * 2


async def main() -> None:
    print(double(2), double(1.5))


asyncio.run(main())
