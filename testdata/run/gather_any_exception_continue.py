import asyncio


class FetchError(Exception):
    def __init__(self, url: str, status: int) -> None:
        super().__init__(f"{url} returned {status}")
        self.url = url
        self.status = status


async def fetch(url: str, delay: float) -> str:
    await asyncio.sleep(delay)
    if "bad" in url:
        raise FetchError(url, 500)
    if "missing" in url:
        raise KeyError(url)
    return f"<html>{url}</html>"


async def main() -> None:
    urls = ["http://a.com", "http://bad.com", "http://b.org", "http://missing.net"]
    coros = [fetch(u, 0.01 * i) for i, u in enumerate(urls)]
    results = await asyncio.gather(*coros, return_exceptions=True)
    ok = 0
    total_len = 0
    for url, r in zip(urls, results):
        if isinstance(r, Exception):
            print(f"{url}: failed with {type(r).__name__}: {r}")
            continue
        ok += 1
        total_len += len(r)
        print(f"{url}: {r.upper()} ({len(r)} chars)")
    print(f"{ok}/{len(urls)} ok, {total_len} chars")
    print(results[0])
    print(len(results))


asyncio.run(main())
