import asyncio


class Temp:
    def __init__(self, c: float) -> None:
        self.c = c

    @staticmethod
    def c_to_f(c: float) -> float:
        return c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f: float) -> "Temp":
        return cls((f - 32) * 5 / 9)

    @staticmethod
    async def fetch(delay: float) -> float:
        await asyncio.sleep(delay)
        return 21.5

    def show(self) -> str:
        return f"{self.c:.1f}C = {Temp.c_to_f(self.c):.1f}F"


async def main() -> None:
    t = Temp.from_f(212.0)
    print(t.show(), Temp.c_to_f(0.0), t.c_to_f(100.0))
    print(Temp(await Temp.fetch(0.001)).show())


asyncio.run(main())
