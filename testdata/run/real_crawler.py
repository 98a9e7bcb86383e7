# A breadth-first crawler over a fake site with a worker pool, a queue, depth limits and error accounting.
import asyncio
from dataclasses import dataclass, field
from typing import Optional

SITE: dict[str, list[str]] = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/a/2", "/"],
    "/b": ["/b/1", "/missing"],
    "/c": [],
    "/a/1": ["/a/2"],
    "/a/2": [],
    "/b/1": ["/deep"],
    "/deep": ["/deeper"],
}


class FetchError(Exception):
    def __init__(self, url: str, status: int) -> None:
        super().__init__(f"{url}: HTTP {status}")
        self.url = url
        self.status = status


@dataclass
class Page:
    url: str
    depth: int
    links: list[str] = field(default_factory=list)


@dataclass
class Report:
    pages: dict[str, Page] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


async def fetch(url: str) -> list[str]:
    await asyncio.sleep(0.001 * len(url))
    links = SITE.get(url)
    if links is None:
        raise FetchError(url, 404)
    return links


async def worker(name: str, q: "asyncio.Queue[tuple[str, int]]", seen: set[str], report: Report, max_depth: int) -> None:
    while True:
        url, depth = await q.get()
        try:
            links = await fetch(url)
        except FetchError as e:
            report.errors.append(f"{name} {e}")
        else:
            page = Page(url, depth, links)
            report.pages[url] = page
            if depth < max_depth:
                for link in links:
                    if link not in seen:
                        seen.add(link)
                        q.put_nowait((link, depth + 1))
        finally:
            q.task_done()


async def crawl(start: str, max_depth: int, workers: int = 3) -> Report:
    q: asyncio.Queue[tuple[str, int]] = asyncio.Queue()
    seen = {start}
    report = Report()
    q.put_nowait((start, 0))
    tasks = [asyncio.create_task(worker(f"w{i}", q, seen, report, max_depth)) for i in range(workers)]
    await q.join()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return report


def deepest(report: Report) -> Optional[Page]:
    best: Optional[Page] = None
    for p in report.pages.values():
        if best is None or p.depth > best.depth or (p.depth == best.depth and p.url < best.url):
            best = p
    return best


async def main() -> None:
    for depth in (1, 3):
        report = await crawl("/", depth)
        print(f"depth {depth}: {len(report.pages)} pages")
        for url in sorted(report.pages):
            p = report.pages[url]
            print(f"  {url:<8} d={p.depth} links={len(p.links)}")
        print("  errors:", sorted(e.split(" ", 1)[1] for e in report.errors))
        d = deepest(report)
        print("  deepest:", d.url if d else None)


asyncio.run(main())
