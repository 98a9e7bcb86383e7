# map() over a function returning None (list(map(print, names)),
# map(log.append, ...)): each call gives None, lazily, as in CPython.
import asyncio


def report(name: str, age: int) -> None:
    print(f"{name} is {age}")


async def fetch(name: str) -> str:
    await asyncio.sleep(0)
    return name.title()


async def main() -> None:
    names = ["ann", "bob"]
    list(map(print, names))
    seen: list[str] = []
    print(any(map(seen.append, names)), seen)
    print(list(map(report, names, [31, 42])))
    lazy = map(seen.append, [await fetch("cy")])
    print(len(seen))
    print(list(lazy), seen)


asyncio.run(main())
