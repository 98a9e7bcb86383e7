import asyncio
from typing import Callable


async def main() -> None:
    s = {1, 2}
    d = {"a": 1}
    xs = [1, 2, 3]
    f: Callable[[], int] = xs.__len__
    print(s.__len__(), d.__len__(), xs.__len__(), frozenset(s).__len__(), f())
    xs.append(4)
    print(f())
    await asyncio.sleep(0)


asyncio.run(main())
