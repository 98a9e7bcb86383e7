import asyncio
import time
from typing import Callable


def tick() -> None:
    pass


async def main() -> None:
    handlers: set[Callable[[], None]] = set()
    handlers.add(tick)
    by_fn = {tick: 1}
    pairs = {(tick, 1)}
    clock: Callable[[], float] = time.monotonic
    print(len(handlers), by_fn, pairs, clock is time.monotonic)


asyncio.run(main())
