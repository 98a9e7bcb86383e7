import asyncio


def g(x: int) -> int:
    return x * 2


async def h(x: int) -> int:
    await asyncio.sleep(0)
    return x + 1


async def f(x: int) -> int:
    y = g(x) + await h(x)
    return y


async def main() -> None:
    print(await f(3))
    xs = [await h(i) for i in range(3) if i != 1]
    print(xs, await h(1) > 1 and await h(2) > 2)


asyncio.run(main())
