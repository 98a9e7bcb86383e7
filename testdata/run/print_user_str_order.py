import asyncio


class Loud:
    def __init__(self, n: int) -> None:
        self.n = n

    def __str__(self) -> str:
        print("str", self.n)
        return f"<{self.n}>"

    def __repr__(self) -> str:
        print("repr", self.n)
        return f"L{self.n}"


class Bad:
    def __str__(self) -> str:
        raise ValueError("no str")


async def main() -> None:
    a, b = Loud(1), Loud(2)
    print("head", a, 1.5, True, b, [a, b], sep="|", end="!\n")
    print(a)
    try:
        print("before", Bad(), "after")
    except ValueError as e:
        print()
        print("caught", e)
    print(f"{a} and {b!r}")


asyncio.run(main())
