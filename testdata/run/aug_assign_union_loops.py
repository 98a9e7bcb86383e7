import asyncio


class Meter:
    def __init__(self) -> None:
        self.level: int | float = 0
        self.peak: float | None = None

    def bump(self, by: int | float) -> None:
        self.level += by
        if self.peak is None or self.level > self.peak:
            self.peak = self.level


async def sample(i: int) -> int | float:
    await asyncio.sleep(0)
    return i / 2 if i % 2 else i


async def main() -> None:
    total: int | float = 0
    count = 0
    for v in [1, 2.5, 3]:
        total += v
        count += 1
        print(total)
    m = Meter()
    for i in range(4):
        m.bump(await sample(i))
        print(m.level, m.peak)
    acc: float | int = 1
    while acc < 20:
        acc *= 3
        acc += 0.5
    print(acc)
    avg: int | float = total
    avg /= count
    print(round(avg, 3))


asyncio.run(main())
