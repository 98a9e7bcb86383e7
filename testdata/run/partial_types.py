# Partial types: empty collections take their element type from the first append/add/insert.
import asyncio


async def fetch(i: int) -> str:
    await asyncio.sleep(0)
    return f"page{i}"


async def crawl(n: int) -> list[str]:
    seen = set()
    pages = []
    for i in range(n):
        p = await fetch(i % 3)
        if p in seen:
            continue
        seen.add(p)
        pages.append(p)
    return pages


def evens(xs: list[int]) -> list[int]:
    out = []
    for x in xs:
        if x % 2 == 0:
            out.append(x)
    return out


async def main() -> None:
    print(await crawl(5))
    print(evens([1, 2, 3, 4, 6]))
    totals = []
    for name, score in [("a", 3), ("b", 5)]:
        totals.append((name, score * 2))
    print(totals, len(totals))


asyncio.run(main())
