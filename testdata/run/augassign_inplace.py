"""In-place operators change the object (aliases see it); an augmented assignment reads its target before the await in its value."""
import asyncio




class C:
    def __init__(self) -> None:
        self.n = 0


c = C()
g = 0
xs = [0]


async def add(k: int) -> int:
    await asyncio.sleep(0)
    return k


def inplace() -> None:
    a = {1}
    b = a
    a |= {2}
    print(b)
    a &= {2}
    print(b)
    a -= {2}
    print(b)
    a ^= {5}
    print(b)
    xs = [1]
    ys = xs
    xs *= 2
    print(ys)
    xs += [3]
    print(ys)


async def worker(k: int) -> None:
    global g
    c.n += await add(k)
    g += await add(k)
    xs[0] += await add(k)


async def main() -> None:
    inplace()
    await asyncio.gather(worker(1), worker(10), worker(100))
    print(c.n, g, xs)


asyncio.run(main())
