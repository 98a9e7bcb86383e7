"""Fetches URLs concurrently: asyncio decides concurrency and timeouts,
Go's net/http makes the requests (see web.Get)."""
import asyncio
from dataclasses import dataclass


@dataclass
class Page:
    """What fetching one URL gave."""

    url: str
    status: str
    size: int


# aiogo:go github.com/aiogo/aiogo/examples/httpfetch/web.Get
async def get(url: str) -> str:
    import urllib.request

    def fetch() -> str:
        with urllib.request.urlopen(url) as r:
            body: bytes = r.read()
            return body.decode()

    return await asyncio.to_thread(fetch)


async def fetch_page(sem: asyncio.Semaphore, url: str, timeout: float) -> Page:
    async with sem:
        try:
            body = await asyncio.wait_for(get(url), timeout)
        except TimeoutError:
            return Page(url, "timeout", 0)
        except Exception as e:
            return Page(url, "error: " + str(e), 0)
    return Page(url, "ok", len(body))


async def fetch_all(urls: list[str], limit: int = 4, timeout: float = 1.0) -> list[Page]:
    """Fetch every URL, at most limit at a time, each within timeout seconds."""
    sem = asyncio.Semaphore(limit)
    pages = await asyncio.gather(*[fetch_page(sem, u, timeout) for u in urls])
    for p in pages:
        print(p.url, p.status, p.size)
    return list(pages)
