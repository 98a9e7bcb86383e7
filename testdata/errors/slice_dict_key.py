# A slice object as a dict key or set element: CPython 3.11 raises
# TypeError (unhashable type: 'slice'), which mypy does not check; refused.
import asyncio


async def main() -> None:
    cache: dict[slice, list[int]] = {}
    cache[slice(1, 3)] = [1, 2]
    print(cache)


asyncio.run(main())
