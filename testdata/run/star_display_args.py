"""A tuple or list display unpacked into a call: f(*(a, b)), max(*[..]),
"{}:{}".format(*(...)), gather(*(c1, c2))."""
import asyncio


def label(width: int, text: str) -> str:
    return text.rjust(width, ".")


async def square(n: int) -> int:
    await asyncio.sleep(0)
    return n * n


async def main() -> None:
    lo, hi = 3, 9
    print(*(lo, hi), sep=" to ")
    print(max(*(lo, hi), 4), min(*[hi, lo, 7]))
    print(label(*(6, "ab")), label(5, *("cd",)))
    print("{}:{}".format(*("host", 80)), "a-b".replace(*("-", "+")))
    print(list(range(*(0, 10, 3))))
    print(await asyncio.gather(*(square(2), square(3))), await asyncio.gather(*[square(4)]))


asyncio.run(main())
