# A closure capturing a loop variable: Python closures share the variable
# (each sees its last value); a default argument or a comprehension
# scope gives each iteration its own binding.
import asyncio
from typing import Callable


async def main() -> None:
    shared: list[Callable[[], int]] = []
    for i in range(3):
        shared.append(lambda: i * 10)
    print([f() for f in shared])
    own: list[Callable[[], int]] = []
    for j in range(3):

        def bind(k: int) -> Callable[[], int]:
            return lambda: k * 10

        own.append(bind(j))
    print([f() for f in own])
    tasks: list[asyncio.Task[int]] = []
    for n in range(3):

        async def work(m: int) -> int:
            await asyncio.sleep(0)
            return m + n

        tasks.append(asyncio.create_task(work(n)))
    print(await asyncio.gather(*tasks))
    delayed: list[Callable[[], int]] = []
    for x in range(3):
        try:
            await asyncio.sleep(0)
            delayed.append(lambda: x)
        finally:
            pass
    print([f() for f in delayed])


asyncio.run(main())
