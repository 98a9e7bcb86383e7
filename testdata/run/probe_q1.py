import asyncio
import random
import time


class RateLimiter:
    def __init__(self, rate: int) -> None:
        self.sem = asyncio.Semaphore(rate)
        self.calls = 0

    async def call(self, i: int) -> int:
        async with self.sem:
            self.calls += 1
            await asyncio.sleep(0.001)
            return i * 2


async def fetch(url: str, delay: float) -> dict[str, str]:
    await asyncio.sleep(delay)
    return {"url": url, "status": "200" if "bad" not in url else "500"}


async def main() -> None:
    random.seed(1)
    urls = [f"http://x/{i}" for i in range(5)] + ["http://x/bad"]
    delays = [random.uniform(0.001, 0.01) for _ in urls]
    results = await asyncio.gather(*(fetch(u, d) for u, d in zip(urls, delays)))
    ok = [r["url"] for r in results if r["status"] == "200"]
    print(len(ok), [r["status"] for r in results])
    rl = RateLimiter(2)
    out = await asyncio.gather(*[rl.call(i) for i in range(6)])
    print(out, rl.calls)
    q: asyncio.Queue[str] = asyncio.Queue()
    for u in urls:
        q.put_nowait(u)
    seen: list[str] = []

    async def crawl(wid: int) -> None:
        while not q.empty():
            u = q.get_nowait()
            await asyncio.sleep(0)
            seen.append(f"{wid}:{u[-1]}")

    await asyncio.gather(crawl(1), crawl(2))
    print(seen)
    t0 = time.perf_counter()
    await asyncio.sleep(0.005)
    print(time.perf_counter() - t0 > 0.004)
    deck = list(range(10))
    random.shuffle(deck)
    print(deck, random.choice(deck), random.sample(deck, 3), random.randrange(5, 50, 5))


asyncio.run(main())
