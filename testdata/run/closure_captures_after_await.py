"""A retrying fetcher whose error reports are closures over the except
variable, loop variables and awaited results of a coroutine that has
suspended before binding them."""
import asyncio
from typing import Callable


class FetchError(Exception):
    def __init__(self, url: str, attempt: int) -> None:
        super().__init__(f"{url} failed on attempt {attempt}")
        self.url = url
        self.attempt = attempt


async def fetch(url: str, attempt: int) -> str:
    await asyncio.sleep(0)
    if attempt < 2 and "flaky" in url:
        raise FetchError(url, attempt)
    if "down" in url:
        raise FetchError(url, attempt)
    return f"<{url}#{attempt}>"


async def fetch_with_retry(url: str, reports: list[Callable[[], str]]) -> str | None:
    for attempt in range(3):
        try:
            body = await fetch(url, attempt)
        except FetchError as err:
            def describe() -> str:
                return f"retry {attempt}: {err} (url={err.url})"
            await asyncio.sleep(0)
            line = describe()
            reports.append(lambda: line)
            print("logged", line)
            continue
        reports.append(lambda: f"ok {url} after {attempt} -> {body}")
        return body
    return None


async def main() -> None:
    reports: list[Callable[[], str]] = []
    results = await asyncio.gather(
        fetch_with_retry("a.example/flaky", reports),
        fetch_with_retry("b.example/ok", reports),
        fetch_with_retry("c.example/down", reports),
    )
    print(results)
    for r in reports:
        print(r())
    pending = [asyncio.create_task(fetch("d.example/down", n)) for n in range(2)]
    done = 0
    for t in pending:
        try:
            await t
        except FetchError as e:
            done += 1
            def later() -> int:
                return e.attempt * 10 + done
            await asyncio.sleep(0)
            print("task error", e, later())


asyncio.run(main())
