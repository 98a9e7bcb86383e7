import asyncio


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __eq__(self, other: object) -> bool:
        print(f"Money.__eq__({self.cents})")
        return isinstance(other, Money) and other.cents == self.cents


class Euro(Money):
    def __eq__(self, other: object) -> bool:
        print(f"Euro.__eq__({self.cents})")
        return isinstance(other, Euro) and other.cents == self.cents


class Cent(Euro):
    pass


async def main() -> None:
    a: Money = Money(5)
    b: Money = Euro(5)
    c: Money = Cent(5)
    print(a == b)
    print(b == a)
    print(a != b)
    print(b == c)
    print(c == b)
    print(a == a)
    prices: list[Money] = [Money(1), Euro(1), Cent(1)]
    for x in prices:
        for y in prices:
            print(type(x).__name__, type(y).__name__, x == y)
    await asyncio.sleep(0)


asyncio.run(main())
