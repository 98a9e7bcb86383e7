import asyncio


def f(x: int) -> str:
    return x


async def main() -> None:
    y = 1
    y = "s"
    z = []
    print(undefined_name)
    f("no")


asyncio.run(main())
