# Displays nested in a display, each awaiting ([("a", await get("a")), ("bb", await
# get("bb"))]): an inner display built before a later await is spilled into a
# temporary, and the outer display must use it. It was rebuilt after the
# suspension from a lost local: the first await's value read as 0.
import asyncio


async def get(key: str) -> int:
    await asyncio.sleep(0)
    return len(key) * 10


async def main() -> None:
    pairs = [("a", await get("a")), ("bb", await get("bb"))]
    table = {"x": [await get("x"), 1], "yy": [2, await get("yy")]}
    nested = [[await get("p")], [await get("qq")]]
    sets = ({await get("s")}, {await get("tt")})
    print(pairs, table, nested, sets)
    total = sum(v for _, v in pairs)
    print(total)


asyncio.run(main())
