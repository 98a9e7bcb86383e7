import asyncio
from typing import Union


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __int__(self) -> int:
        return self.cents // 100

    def __float__(self) -> float:
        return self.cents / 100


class Slot:
    def __init__(self, i: int) -> None:
        self.i = i

    def __index__(self) -> int:
        return self.i


def parse(raw: Union[str, int, float]) -> int:
    return int(raw)


async def main() -> None:
    m = Money(1999)
    print(int(m), float(m), int(Slot(3)), float(Slot(4)))
    print(parse("12"), parse(7), parse(3.9), float("2.5" or 1))
    val: str | bool = True
    print(int(val), float(val))
    for bad in ["x1", "4.5"]:
        try:
            parse(bad)
        except ValueError as e:
            print("error:", e)


asyncio.run(main())
