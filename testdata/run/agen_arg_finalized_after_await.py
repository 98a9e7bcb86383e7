import asyncio
from typing import AsyncIterator, Optional


async def lines(name: str, n: int) -> AsyncIterator[str]:
    try:
        for i in range(n):
            await asyncio.sleep(0.005)
            yield f"{name}:{i}"
    finally:
        print(f"{name} finalized")


async def first_match(suffix: str, src: AsyncIterator[str]) -> Optional[str]:
    async for line in src:
        if line.endswith(suffix):
            return line
    return None


async def head(n: int, src: AsyncIterator[str]) -> list[str]:
    out: list[str] = []
    async for line in src:
        out.append(line)
        if len(out) >= n:
            break
    return out


async def strict_head(src: AsyncIterator[str]) -> str:
    async for line in src:
        raise ValueError(f"unexpected {line}")
    return "empty"


async def keeps(src: AsyncIterator[str]) -> AsyncIterator[str]:
    return src


async def main() -> None:
    print(await first_match("2", lines("a", 5)))
    print("after a")
    await asyncio.sleep(0.01)
    print(await head(2, lines("b", 10)))
    await asyncio.sleep(0.01)
    print(await first_match("9", lines("c", 3)))
    try:
        await strict_head(lines("d", 3))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.01)
    kept = await keeps(lines("e", 3))
    print(await anext(kept))
    await asyncio.sleep(0.01)
    print("main ending")


asyncio.run(main())
