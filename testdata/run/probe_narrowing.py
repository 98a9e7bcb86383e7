import asyncio
from typing import Optional


def scale(x: Optional[int] = None, factor: int = 2) -> int:
    if x is None:
        x = 10
    return x * factor


async def main() -> None:
    print(scale(), scale(3), scale(factor=3))
    best: int | None = None
    for v in [4, 9, 2]:
        if best is None or v > best:
            best = v
    print(best)
    name: str | None = None
    name = "ann"
    print(name.upper())
    cache: dict[str, int] = {}
    hit = cache.get("k")
    if hit is None:
        hit = 42
        cache["k"] = hit
    print(hit + 1, cache)


asyncio.run(main())
