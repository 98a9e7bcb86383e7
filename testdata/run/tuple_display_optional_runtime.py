import asyncio
from typing import Optional


async def main() -> None:
    for s in (asyncio.Semaphore(1), None):
        sem: Optional[asyncio.Semaphore] = s
        print(sem is None)
    for v in (1, None, 3):
        n: Optional[int] = v
        print(n)
    lk = [asyncio.Lock(), None]
    for l in lk:
        if l is not None:
            print(l.locked())


asyncio.run(main())
