# A list as a dict key: mypy accepts it, CPython raises TypeError
# ("unhashable type: 'list'") when the dict is built; aiogo refuses it
# rather than keying the list by identity.
import asyncio


async def main() -> None:
    seen: dict[tuple[str, list[int]], int] = {}
    seen[("a", [1, 2])] = 3
    print(seen)


asyncio.run(main())
