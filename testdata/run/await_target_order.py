# Evaluation order around awaits in assignment and del targets, as CPython:
# the value first, then each target's container and index left to right;
# del d[await k()] (an internal compiler error before) and f-string specs.
import asyncio

log: list[str] = []


async def v(tag: str, x: int) -> int:
    log.append(tag)
    await asyncio.sleep(0)
    return x


def s(tag: str, x: int) -> int:
    log.append(tag)
    return x


class Box:
    def __init__(self) -> None:
        self.items = [0, 1, 2, 3, 4, 5]
        self.d: dict[int, int] = {1: 10, 2: 20}

    def get(self, tag: str) -> "Box":
        log.append(tag)
        return self


async def main() -> None:
    b = Box()
    b.get("obj").d[s("k", 1)] += await v("val", 5)
    print(b.d, log); log.clear()
    b.get("obj2").items[await v("idx", 2)] = s("rhs", 9)
    print(b.items, log); log.clear()
    print(b.items[s("lo", 1):await v("hi", 4):s("step", 2)], log); log.clear()
    del b.get("obj3").d[await v("delk", 2)]
    print(b.d, log); log.clear()
    print(f"{s('a', 1)}{await v('b', 2):>{s('w', 4)}}{s('c', 3)}", log); log.clear()
    x, y = s("x", 1), await v("y", 2)
    b.items[s("i1", 0)], b.items[await v("i2", 1)] = await v("r1", 7), s("r2", 8)
    print(x, y, b.items, log); log.clear()
    r = s("m", 2) * await v("n", 3) + s("o", 4) ** await v("p", 2)
    print(r, log); log.clear()
    b.d[s("nk", 7)] = b.d.get(s("gk", 1), 0) + await v("add", 1)
    print(b.d, log); log.clear()
    print(max(s("q", 1), await v("r", 5), key=lambda z: -z), [s("e1", 1), *[await v("e2", 2)], s("e3", 3)], log); log.clear()


asyncio.run(main())
