import asyncio


class Bits:
    def __init__(self, v: int) -> None:
        self.v = v

    def __lshift__(self, n: int) -> "Bits":
        return Bits(self.v << n)

    def __rshift__(self, n: int) -> "Bits":
        return Bits(self.v >> n)

    def __pow__(self, n: int) -> "Bits":
        return Bits(self.v ** n)

    def __rpow__(self, base: int) -> int:
        return int(base ** self.v)

    def __repr__(self) -> str:
        return f"Bits({self.v:#b})"


async def main() -> None:
    b = Bits(5)
    print(b << 2, b >> 1, b ** 2, 2 ** b)
    b <<= 3
    b **= 2
    print(b)
asyncio.run(main())
