# Attributes bound to an empty collection in __init__ take their element
# types from the first use that determines them in the same method
# (mypy's partial types): append, add, and item assignment.
import asyncio


class Crawler:
    def __init__(self, seeds: list[str], limit: int) -> None:
        self.frontier = []
        self.visited = set()
        self.depth = {}
        self.errors: list[tuple[str, int]] = []
        self.limit = limit
        for s in seeds:
            self.frontier.append(s)
            self.depth[s] = 0
        self.visited.add("")
        self.errors.extend(e for e in [("init", 0)] if limit < 0)

    async def fetch(self, url: str) -> list[str]:
        await asyncio.sleep(0.001 * len(url))
        if url.endswith("x"):
            raise ValueError(f"bad url {url}")
        return [url + c for c in "ab"] if len(url) < 4 else [url + "x"]

    async def run(self) -> None:
        while self.frontier and len(self.visited) <= self.limit:
            url = self.frontier.pop(0)
            if url in self.visited:
                continue
            self.visited.add(url)
            try:
                links = await self.fetch(url)
            except ValueError as e:
                self.errors.append((str(e), self.depth[url]))
                continue
            for link in links:
                if link not in self.depth:
                    self.depth[link] = self.depth[url] + 1
                    self.frontier.append(link)


class Histogram:
    def __init__(self, width: int) -> None:
        self.width = width
        self.buckets = {}
        self.order = []
        self.buckets[0] = 0
        self.order.append(0)

    def add(self, value: float) -> None:
        key = int(value // self.width) * self.width
        if key not in self.buckets:
            self.order.append(key)
        self.buckets[key] = self.buckets.get(key, 0) + 1


class Histo2:
    def __init__(self) -> None:
        self.rows = []
        self.rows.append(("start", 0.0))


async def main() -> None:
    c = Crawler(["a", "b"], 8)
    await c.run()
    print(sorted(c.visited))
    print(c.depth)
    print(c.errors, c.frontier)
    h = Histogram(10)
    for v in [3.5, 12.0, 19.9, 25.0, 1.0, 11.0]:
        h.add(v)
    for k in sorted(h.order):
        print(f"{k:>3}-{k + h.width - 1:<3} {'#' * h.buckets[k]}")
    print(Histo2().rows)


asyncio.run(main())
