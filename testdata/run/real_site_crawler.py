import asyncio
import random
from dataclasses import dataclass, field
from typing import Optional

SITE: dict[str, list[str]] = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/missing"],
    "/blog/1": ["/blog/2", "/"],
    "/blog/2": ["/blog/1", "/shop/cart"],
    "/shop": ["/shop/cart", "/shop/item?id=3"],
    "/shop/cart": [],
    "/shop/item?id=3": ["/shop"],
    "/team": ["/about"],
}


class FetchError(Exception):
    def __init__(self, url: str, status: int) -> None:
        super().__init__(f"{status} {url}")
        self.status = status


@dataclass
class Page:
    url: str
    links: list[str]
    depth: int
    size: int = 0


@dataclass
class Crawl:
    max_depth: int
    concurrency: int
    pages: dict[str, Page] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)

    async def fetch(self, url: str) -> list[str]:
        await asyncio.sleep(random.randint(1, 5) / 1000)
        if url not in SITE:
            raise FetchError(url, 404)
        return SITE[url]

    async def worker(self, q: asyncio.Queue[tuple[str, int]], seen: set[str]) -> None:
        while True:
            url, depth = await q.get()
            try:
                links = await self.fetch(url)
            except FetchError as e:
                self.errors[url] = e.status
            else:
                self.pages[url] = Page(url, links, depth, size=len(url) * 10)
                self.order.append(url)
                if depth < self.max_depth:
                    for link in links:
                        if link not in seen:
                            seen.add(link)
                            q.put_nowait((link, depth + 1))
            finally:
                q.task_done()

    async def run(self, start: str) -> None:
        q: asyncio.Queue[tuple[str, int]] = asyncio.Queue()
        seen = {start}
        q.put_nowait((start, 0))
        workers = [asyncio.create_task(self.worker(q, seen)) for _ in range(self.concurrency)]
        await q.join()
        for w in workers:
            w.cancel()
        await asyncio.gather(*workers, return_exceptions=True)


def section(url: str) -> str:
    parts = url.strip("/").split("/")
    return parts[0] or "(root)"


async def main() -> None:
    random.seed(3)
    c = Crawl(max_depth=2, concurrency=3)
    await c.run("/")
    print("crawled:", len(c.pages), "errors:", c.errors)
    by_depth: dict[int, list[str]] = {}
    for p in c.pages.values():
        by_depth.setdefault(p.depth, []).append(p.url)
    for d in sorted(by_depth):
        print(d, sorted(by_depth[d]))
    sections: dict[str, int] = {}
    for url in c.pages:
        sections[section(url)] = sections.get(section(url), 0) + 1
    print(sorted(sections.items(), key=lambda kv: (-kv[1], kv[0])))
    inbound: dict[str, int] = {}
    for p in c.pages.values():
        for l in p.links:
            inbound[l] = inbound.get(l, 0) + 1
    top: Optional[str] = max(inbound, key=lambda u: (inbound[u], u)) if inbound else None
    print("most linked:", top, inbound.get(top or "", 0))
    print("total size:", sum(p.size for p in c.pages.values()))
    print(sorted(c.order) == sorted(c.pages))


asyncio.run(main())
