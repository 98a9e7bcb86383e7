# A budgeted runner whose run method is generic, and a generic race of two
# awaitables.
import asyncio
from typing import Awaitable, TypeVar

T = TypeVar("T")


class Deadline:
    def __init__(self, budget: float) -> None:
        self.budget = budget
        self.spent = 0.0

    async def run(self, aw: Awaitable[T], cost: float) -> T:
        if self.spent + cost > self.budget:
            raise TimeoutError(f"budget exceeded: {self.spent + cost:.2f} > {self.budget:.2f}")
        self.spent += cost
        return await aw


async def race(a: Awaitable[T], b: Awaitable[T]) -> T:
    ta, tb = asyncio.ensure_future(a), asyncio.ensure_future(b)
    done, pending = await asyncio.wait({ta, tb}, return_when=asyncio.FIRST_COMPLETED)
    for p in pending:
        p.cancel()
    winner = ta if ta in done else tb
    return winner.result()


async def value_after(v: int, d: float) -> int:
    await asyncio.sleep(d)
    return v


async def main() -> None:
    dl = Deadline(1.0)
    print(await dl.run(value_after(1, 0.01), 0.4))
    print(await dl.run(asyncio.sleep(0.01, "slept"), 0.4))
    try:
        await dl.run(value_after(3, 0.01), 0.4)
    except TimeoutError as e:
        print(e)
    print(await race(value_after(10, 0.05), value_after(20, 0.01)))
    print(await race(asyncio.sleep(0.02, "a"), asyncio.sleep(0.03, "b")))


asyncio.run(main())
