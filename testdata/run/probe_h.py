import asyncio
from typing import Any, Coroutine


async def download(site: str, size: int) -> tuple[str, int]:
    await asyncio.sleep(size / 1000)
    return site, size * 1024


async def with_retries(coro_fn: "Any", attempts: int) -> str:
    return "unused"


async def bounded(sem: asyncio.Semaphore, site: str, size: int) -> tuple[str, int]:
    async with sem:
        return await download(site, size)


async def main() -> None:
    sites = {"a.com": 5, "b.org": 2, "c.net": 8, "d.io": 1}
    sem = asyncio.Semaphore(2)
    coros = [bounded(sem, s, n) for s, n in sites.items()]
    results = await asyncio.gather(*coros)
    for site, nbytes in sorted(results, key=lambda r: r[1], reverse=True):
        print(f"{site:<8} {nbytes:>8,} bytes")
    total = sum(n for _, n in results)
    print(f"total: {total / 1024:.1f} KiB in {len(results)} downloads")
    by_tld: dict[str, list[str]] = {}
    for site in sites:
        tld = site.rsplit(".", 1)[-1]
        by_tld.setdefault(tld, []).append(site)
    print(by_tld)
    timeouts = 0
    for s, n in sites.items():
        try:
            await asyncio.wait_for(download(s, n * 10), timeout=0.04)
        except asyncio.TimeoutError:
            timeouts += 1
    print("timeouts:", timeouts)


asyncio.run(main())
