import asyncio


async def unit(name: str) -> str:
    await asyncio.sleep(0)
    return name


async def trio() -> tuple[str, str, str]:
    return await asyncio.gather(unit("a"), unit("b"), unit("c"))


async def pair() -> tuple[str, int]:
    async def num() -> int:
        return 1
    r = await asyncio.gather(unit("x"), num())
    return r


async def main() -> None:
    print(await trio(), await pair())
    t: tuple[str, str] = await asyncio.gather(unit("p"), unit("q"))
    print(t)


asyncio.run(main())
