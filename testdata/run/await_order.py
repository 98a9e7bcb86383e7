"""Operands to the left of an await are evaluated before it suspends."""
import asyncio
from typing import Iterator

log: list[str] = []
counter = 0


def note(s: str) -> int:
    log.append(s)
    return len(log)


def gen(n: int) -> Iterator[int]:
    log.append("gen" + str(n))
    yield n
    yield n + 1


async def val(n: int) -> int:
    log.append("await" + str(n))
    await asyncio.sleep(0)
    return n


async def bump() -> int:
    global counter
    await asyncio.sleep(0)
    counter += 10
    return counter


class Box:
    def __init__(self) -> None:
        self.n = 1
        self.items = [1, 2, 3]

    def get(self) -> int:
        self.n += 1
        return self.n


def pair(a: int, b: int) -> str:
    return str(a) + "," + str(b)


async def main() -> None:
    global counter
    print(pair(sum(gen(await val(1))), sum(gen(await val(2)))))
    print(log)
    log.clear()
    print(note("a") + await val(3) + note("b"))
    print(log)
    log.clear()
    print([note("x"), await val(4), note("y"), await val(5)])
    print(log)
    log.clear()
    print({note("k"): await val(6), await val(7): note("v")})
    print(log)
    log.clear()
    counter = 1
    print(counter + await bump(), counter)
    counter = 1
    print(pair(counter, await bump()))
    box = Box()
    print(box.get() * 100 + await val(8), box.n)
    xs = [10, 20, 30, 40]
    print(xs[note("i")] + await val(9))
    print(xs[note("lo"):await val(3)])
    t = (note("s1"), await val(11), note("s2"))
    print(t)
    print(f"{note('f1')}-{await val(12)}-{note('f2')}")
    print(log)
    log.clear()
    print(note("c") < await val(100) < note("d"))
    print(max(note("m"), (await val(1)) + note("n")))
    print(log)


asyncio.run(main())
