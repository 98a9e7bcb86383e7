import asyncio
from typing import Callable


def counter() -> Callable[[], int]:
    n = 0

    def bump() -> int:
        nonlocal n
        n += 1
        return n

    return bump


async def work(tag: str, n: int) -> str:
    for _ in range(n):
        await asyncio.sleep(0)
    return tag * n


async def main() -> None:
    c = counter()
    c()
    print(c())
    t = asyncio.create_task(work("ab", 2))
    print(await asyncio.gather(t, work("c", 3)))
    print(await asyncio.gather(*[work(s, 1) for s in "xyz"]))  # frames: runtime.FrameCopy
    try:
        print({"a": 1}["b"])
    except KeyError as e:
        print("KeyError", e)


asyncio.run(main())
