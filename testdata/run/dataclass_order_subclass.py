"""Release versions as order=True dataclasses, with a tagged subclass:
comparing a Version with a TaggedVersion is accepted by mypy (the generated
__lt__ takes the base class) and raises TypeError in CPython, because the
dataclass methods only compare instances of exactly their own class
(aiogo refused the comparison at compile time)."""
import asyncio
from dataclasses import dataclass


@dataclass(order=True)
class Version:
    major: int
    minor: int


@dataclass(order=True)
class TaggedVersion(Version):
    tag: str = ""


def newer(a: Version, b: Version) -> bool:
    return a > b


async def main() -> None:
    stable = Version(1, 4)
    rc = TaggedVersion(1, 5, "rc1")
    print(rc, rc == stable, rc > TaggedVersion(1, 5, "beta"))
    try:
        print(rc < stable)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(stable >= rc)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(newer(rc, stable))
    except TypeError as e:
        print("TypeError:", e)
    releases: list[Version] = [Version(2, 0), rc, Version(1, 0)]
    await asyncio.sleep(0)
    try:
        print(sorted(releases))
    except TypeError as e:
        print("sorted:", e)
    print(sorted(r for r in releases if type(r) is Version))


asyncio.run(main())
