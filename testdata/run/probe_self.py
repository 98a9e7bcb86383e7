import asyncio
import concurrent.futures
from typing import Self


class Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def add(self, p: str) -> Self:
        self.parts.append(p)
        return self

    def build(self) -> str:
        return "-".join(self.parts)


def blocking(n: int) -> int:
    return n * 2


async def main() -> None:
    print(Builder().add("a").add("b").build())
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking, 21)
    print(r)


asyncio.run(main())
