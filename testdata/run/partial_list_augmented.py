# An empty list or set completed by += / |= (mypy infers its element type
# from the augmented assignment).
import asyncio


def collect(n: int) -> list[int]:
    out = []
    if n > 0:
        out += collect(n - 1)
        out += [n]
    return out


def letters(words: list[str]) -> list[str]:
    seen = set()
    for w in words:
        seen |= set(w)
    return sorted(seen)


async def main() -> None:
    print(collect(4), letters(["abc", "cab", "xyz"]))


asyncio.run(main())
