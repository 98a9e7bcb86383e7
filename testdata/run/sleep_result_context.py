"""Fake I/O with asyncio.sleep(delay, result): an empty list or dict passed
as the result takes its element types from where the awaited value goes
(a return, an annotated variable, a dict item), as mypy infers them."""
import asyncio


async def fetch_tags(item: str) -> list[str]:
    if item.startswith("x"):
        return await asyncio.sleep(0.01, [])
    return await asyncio.sleep(0.01, [item.upper(), item[::-1]])


async def fetch_prices(items: list[str]) -> dict[str, float]:
    if not items:
        return await asyncio.sleep(0, {})
    return await asyncio.sleep(0, {it: len(it) * 1.5 for it in items})


async def main() -> None:
    cache: dict[str, list[str]] = {}
    for item in ["ab", "xy", "cd"]:
        cache[item] = await fetch_tags(item)
    cache["none"] = await asyncio.sleep(0, [])
    print(cache)
    seen: set[int] = await asyncio.sleep(0, set())
    seen.add(3)
    print(seen, await fetch_prices([]), await fetch_prices(["ab", "xyz"]))


asyncio.run(main())
