"""Fetches pages concurrently (an aiogo library package)."""
import asyncio
from dataclasses import dataclass
from typing import Iterator, Optional


@dataclass
class Result:
    """One fetched page."""

    url: str
    size: int
    note: Optional[str]


async def fetch_one(url: str, delay: float) -> Result:
    """Fetch one URL after a delay."""
    await asyncio.sleep(delay)
    print("fetched", url)
    return Result(url, len(url), None)


async def fetch_all(urls: list[str], limit: int = 4, delay: float = 0.01) -> list[Result]:
    """Fetch every URL, at most limit at a time."""
    sem = asyncio.Semaphore(limit)

    async def one(u: str) -> Result:
        async with sem:
            return await fetch_one(u, delay)

    return list(await asyncio.gather(*[one(u) for u in urls]))


async def slow(seconds: float) -> str:
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise
    return "done"


class Pool:
    """Fetches URLs in rounds and remembers them (a handle in Go)."""

    def __init__(self, name: str, limit: int = 2) -> None:
        self.name = name
        self.limit = limit
        self.done: set[str] = set()

    def add(self, url: str) -> int:
        self.done.add(url)
        return len(self.done)

    async def run(self, urls: list[str]) -> list[Result]:
        rs = await fetch_all(urls, self.limit, 0.001)
        for r in rs:
            self.add(r.url)
        return rs

    def same(self, other: "Pool") -> bool:
        return self is other


def countdown(n: int) -> Iterator[int]:
    if n > 3:
        raise ValueError("too many")
    while n > 0:
        yield n
        n -= 1


def ratio(a: int, b: int) -> float:
    return a / b


def sizes(rs: list[Result]) -> dict[str, int]:
    return {r.url: r.size for r in rs}


# aiogo:go example.com/app/hashing.Sum
async def digest(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


# aiogo:go example.com/app/hashing.Explode
def explode(why: str) -> int:
    raise RuntimeError(why)


async def digests(items: list[bytes], timeout: float) -> list[str]:
    out: list[str] = []
    for it in items:
        try:
            out.append(await asyncio.wait_for(digest(it), timeout))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


async def main() -> None:
    print(await fetch_all(["a", "bb"]))
    print(ratio(1, 4), sizes([Result("x", 1, None)]))
    p = Pool("p")
    print(len(await p.run(["c"])), p.add("d"), p.same(p), list(countdown(3)))


if __name__ == "__main__":
    asyncio.run(main())
