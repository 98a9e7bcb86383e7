# A generator expression whose first iterable awaits
# (sum(f.size for f in await listing())): the iterable is evaluated where
# the expression is written, so it is a plain generator, not an async one.
import asyncio
from dataclasses import dataclass


@dataclass
class File:
    name: str
    size: int


async def listing(d: str) -> list[File]:
    await asyncio.sleep(0.01)
    return [File(f"{d}/a.txt", 120), File(f"{d}/b.log", 4000), File(f"{d}/c.txt", 30)]


async def owners() -> dict[str, str]:
    await asyncio.sleep(0)
    return {"a.txt": "ann", "c.txt": "cy"}


def shout(name: str) -> str:
    print("  shout", name)
    return name.upper()


def largest(sizes: "list[int] | tuple[int, ...]") -> int:
    return max(sizes)


async def main() -> None:
    print(sum(f.size for f in await listing("home")))
    print(", ".join(f.name for f in await listing("tmp") if f.name.endswith(".txt")))
    print(any(f.size > 1000 for f in await listing("var")), all(f.size > 10 for f in await listing("srv")))
    lazy = (shout(f.name) for f in await listing("etc"))
    print("made")
    await asyncio.sleep(0)
    print(next(lazy), list(lazy))
    big = tuple(f.size // 10 for f in await listing("opt"))
    print(largest(big), dict((k, len(v)) for k, v in (await owners()).items()))
    pairs = sorted((f.size, o) for f in await listing("usr") for o in ["x", "y"] if o == "x")
    print(pairs)
    print(list(f.size for f in await listing("a")), await owners(), min(f.size for f in await listing("b")))


asyncio.run(main())
