# key= of sorted, min, max and list.sort must be a function.
import asyncio


async def main() -> None:
    words = ["bb", "a"]
    print(sorted(words, key=len), max(words, key=1))
    words.sort(key="len")

asyncio.run(main())
