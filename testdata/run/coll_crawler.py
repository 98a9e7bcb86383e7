# aiogo: extensions
"""A breadth-first crawler over an in-memory site graph: a deque frontier,
defaultdict indexes, a Counter of status codes and an OrderedDict LRU of
fetched pages."""
import asyncio
from collections import Counter, OrderedDict, defaultdict, deque
from dataclasses import dataclass, field

SITE: dict[str, list[str]] = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/a/2", "/"],
    "/b": ["/b/1", "/missing"],
    "/c": ["/a", "/c/1"],
    "/a/1": [],
    "/a/2": ["/a/1"],
    "/b/1": ["/b"],
    "/c/1": ["/c/2"],
    "/c/2": [],
}


@dataclass
class Stats:
    status: Counter[int] = field(default_factory=Counter)
    inbound: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    depth_pages: defaultdict[int, list[str]] = field(default_factory=lambda: defaultdict(list))


class PageCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.pages: OrderedDict[str, list[str]] = OrderedDict()
        self.evicted: list[str] = []

    def get(self, url: str) -> list[str] | None:
        if url not in self.pages:
            return None
        self.pages.move_to_end(url)
        return self.pages[url]

    def put(self, url: str, links: list[str]) -> None:
        self.pages[url] = links
        self.pages.move_to_end(url)
        while len(self.pages) > self.capacity:
            old, _ = self.pages.popitem(last=False)
            self.evicted.append(old)


async def fetch(url: str) -> tuple[int, list[str]]:
    await asyncio.sleep(0.01 * len(url))
    if url not in SITE:
        return 404, []
    return 200, SITE[url]


async def crawl(start: str, stats: Stats, cache: PageCache) -> list[str]:
    frontier: deque[tuple[str, int]] = deque([(start, 0)])
    seen = {start}
    order: list[str] = []
    recent: deque[str] = deque(maxlen=3)
    while frontier:
        url, depth = frontier.popleft()
        links = cache.get(url)
        if links is None:
            code, links = await fetch(url)
            stats.status[code] += 1
            if code == 200:
                cache.put(url, links)
        order.append(url)
        recent.append(url)
        stats.depth_pages[depth].append(url)
        for link in links:
            stats.inbound[link].add(url)
            if link not in seen:
                seen.add(link)
                frontier.append((link, depth + 1))
    print("last three:", recent, list(recent))
    return order


async def main() -> None:
    stats = Stats()
    cache = PageCache(capacity=4)
    order = await crawl("/", stats, cache)
    print(order)
    print(stats.status, stats.status.most_common(1), stats.status[500])
    for depth in sorted(stats.depth_pages):
        print(depth, stats.depth_pages[depth])
    popular = Counter({page: len(src) for page, src in stats.inbound.items()})
    print(popular.most_common(3))
    print(sorted(stats.inbound["/a/1"]), len(stats.inbound))
    print(list(cache.pages), cache.evicted)
    words: Counter[str] = Counter()
    for url in order:
        words.update(p for p in url.split("/") if p)
    print(words, words.total())
    window: deque[int] = deque(range(5), maxlen=5)
    window.rotate(2)
    window.appendleft(99)
    print(window, window.pop(), window.popleft(), window)


asyncio.run(main())
