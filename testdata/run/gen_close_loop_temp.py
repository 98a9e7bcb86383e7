import asyncio
from collections.abc import Iterator


class Walker:
    def __init__(self, name: str) -> None:
        self.name = name

    def steps(self, n: int) -> Iterator[int]:
        try:
            for i in range(n):
                yield i
        finally:
            print(f"{self.name}: steps closed")


def numbers(tag: str) -> Iterator[int]:
    try:
        for i in range(10):
            yield i
    finally:
        print("closed", tag)


def first_over(limit: int) -> int:
    for n in numbers("first_over"):
        if n > limit:
            return n
    return -1


def pairs() -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in zip(numbers("left"), numbers("right")):
        if a == 2:
            break
        out.append((a, b))
    return out


def labelled() -> None:
    for i, n in enumerate(numbers("enum"), 1):
        if i == 3:
            print("enum stop at", n)
            break
    print("after enum")


def failing() -> None:
    for n in numbers("failing"):
        if n == 1:
            raise KeyError(n)


async def consumer(w: Walker) -> int:
    total = 0
    for s in w.steps(100):
        await asyncio.sleep(0.01)
        total += s
    return total


async def main() -> None:
    print(first_over(3))
    print(pairs())
    labelled()
    try:
        failing()
    except KeyError as e:
        print("caught", e)
    for n in numbers("exhausted"):
        pass
    print("exhausted done")
    t = asyncio.create_task(consumer(Walker("w1")))
    await asyncio.sleep(0.035)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("consumer cancelled")
    for x in numbers("outer"):
        for y in Walker("w2").steps(5):
            if y == 1:
                break
        if x == 1:
            break
    print("end")


asyncio.run(main())
