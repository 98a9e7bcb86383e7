# Built-ins with no counterpart in the language are named as such (they read
# "undefined: hasattr" before, as if misspelled).
import asyncio


class Job:
    name = "build"


async def main() -> None:
    j = Job()
    print(hasattr(j, "name"))
    raw = bytearray(b"xy")
    print(raw, frozenset({1}), input())
    with open("log.txt") as fh:
        print(fh)


asyncio.run(main())
