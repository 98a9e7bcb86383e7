import asyncio

SORT_KEYS = {"length": len}


async def main() -> None:
    words = ["pear", "fig", "banana"]
    for name in SORT_KEYS:
        print(name, sorted(words, key=SORT_KEYS[name]))


asyncio.run(main())
