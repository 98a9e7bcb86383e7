import asyncio
from dataclasses import dataclass


@dataclass(frozen=True)
class Request:
    method: str
    path: str


@dataclass(frozen=True)
class Query(Request):
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Timeout(Exception):
    seconds: int


class ResponseCache:
    def __init__(self) -> None:
        self.by_hash: dict[int, list[tuple[Request, str]]] = {}
        self.misses = 0

    async def get(self, req: Request) -> str:
        bucket = self.by_hash.setdefault(hash(req), [])
        for cached, body in bucket:
            if cached == req:
                return body
        self.misses += 1
        await asyncio.sleep(0)
        body = f"{req.method} {req.path} #{self.misses}"
        bucket.append((req, body))
        return body


async def main() -> None:
    cache = ResponseCache()
    reqs: list[Request] = [
        Request("GET", "/a"), Query("GET", "/a", (("q", "1"),)), Request("GET", "/a"),
        Query("GET", "/a", (("q", "1"),)), Query("GET", "/a"), Request("POST", "/a"),
    ]
    for r in reqs:
        print(await cache.get(r))
    print("misses", cache.misses, "buckets", len(cache.by_hash))
    print(hash(Request("GET", "/x")) == hash(("GET", "/x")), hash(Query("GET", "/x")) == hash(("GET", "/x", ())))
    print(hash(Timeout(5)) == hash((5,)), hash(Timeout(5)) == hash(Timeout(6)), Timeout(5) == Timeout(5))


asyncio.run(main())
