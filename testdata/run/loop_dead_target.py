# Loop targets nothing reads (for _ in range(n)) are not stored by the
# generated code; targets read after the loop, in a handler, by a closure or
# at module level keep their values.
import asyncio
from typing import Callable

for _ in range(3):
    pass


def show() -> None:
    print("module _ is", _)


async def w(n: int) -> int:
    t = 0
    for _ in range(1000, 1000 + n):
        await asyncio.sleep(0)
        t += 1
    for i in range(n):
        t += 2
    for j in range(n):
        pass
    print("last j", j)
    for k in range(1000, 1003):
        if k == 1002:
            break
    else:
        k = -1
    print("k", k)
    for m in range(2):
        try:
            raise ValueError(m)
        except ValueError:
            print("handler sees", m)
    return t


def closures() -> list[Callable[[], int]]:
    fs: list[Callable[[], int]] = []
    for c in range(3):
        fs.append(lambda: c)
    return fs


def last_of(xs: list[int]) -> int:
    last = -1
    for last in xs:
        pass
    return last


async def main() -> None:
    show()
    print(await w(5))
    print(last_of([4, 5, 6]), last_of([]))
    print([f() for f in closures()])
    for _ in range(2):
        _ = "x"
        print(_)


asyncio.run(main())
