# Built-ins with no counterpart in the language are named as such (they read
# "undefined: vars" before, as if misspelled).
import asyncio


class Job:
    name = "build"


async def main() -> None:
    j = Job()
    print(vars(j))
    raw = bytearray(b"xy")
    print(raw, frozenset({1}), input())
    with open("log.txt") as fh:
        print(fh)


asyncio.run(main())
