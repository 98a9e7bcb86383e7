import asyncio


async def unit(name: str) -> str:
    await asyncio.sleep(0)
    return name


async def num() -> int:
    return 1


def show(pair: tuple[str, int]) -> str:
    return f"{pair[0]}={pair[1]}"


async def main() -> None:
    r = await asyncio.gather(unit("x"), num())
    print(show(r))
    r = ("y", 2)
    print(r)


asyncio.run(main())
