# Modules outside LANGUAGE.md's list (enum, collections, math) are aiogo
# extensions: a file uses them only after opting in with the line
# "# aiogo: extensions"; without it they are refused like any other module.
import asyncio
import math
from collections import deque
from enum import Enum


async def main() -> None:
    await asyncio.sleep(0)
    q: deque[int] = deque()
    print(math.pi, q)


asyncio.run(main())
