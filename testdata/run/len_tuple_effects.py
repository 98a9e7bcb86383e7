# len() of a fixed-length tuple still evaluates its argument (a display may call
# functions with effects), as CPython does.
import asyncio


def f(n: int) -> int:
    print("f", n)
    return n


async def main() -> None:
    print(len((f(1), f(2))))
    t = (f(3), "x")
    print(len(t))


asyncio.run(main())
