import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable

Fetch = Callable[[str], Awaitable[str]]
calls: dict[str, int] = {}


def retry(times: int, delay: float = 0.001) -> Callable[[Fetch], Fetch]:
    def wrap(fn: Fetch) -> Fetch:
        async def inner(key: str) -> str:
            last: Exception | None = None
            for attempt in range(1, times + 1):
                try:
                    return await fn(key)
                except ConnectionError as e:
                    last = e
                    await asyncio.sleep(delay * attempt)
            raise RuntimeError(f"{key}: {times} attempts failed") from last
        return inner
    return wrap


def counted(fn: Fetch) -> Fetch:
    async def inner(key: str) -> str:
        calls[key] = calls.get(key, 0) + 1
        return await fn(key)
    return inner


@retry(3)
@counted
async def fetch(key: str) -> str:
    await asyncio.sleep(0)
    if calls[key] < len(key) - 2:
        raise ConnectionError(key)
    return key[::-1]


class Pages:
    def __init__(self, n: int, size: int) -> None:
        self.n = n
        self.size = size
        self.page = 0

    def __aiter__(self) -> "Pages":
        return self

    async def __anext__(self) -> list[int]:
        if self.page >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        start = self.page * self.size
        self.page += 1
        return list(range(start, start + self.size))


async def find(pages: AsyncIterator[list[int]], target: int) -> str:
    async for page in pages:
        if target in page:
            return f"found {target} on a page starting at {page[0]}"
    else:
        return f"{target} not found"


async def main() -> None:
    for key in ["abc", "abcd", "abcde", "abcdef"]:
        try:
            print(key, "->", await fetch(key))
        except RuntimeError as e:
            print("error:", e, "| cause:", repr(e.__cause__))
    print(calls)
    lengths = {k: len(await fetch(k)) for k in ["xy", "xyz"]}
    print(lengths)
    flat = [x async for page in Pages(3, 2) for x in page if x % 2]
    print(flat)
    print(await find(Pages(4, 5), 13), "|", await find(Pages(2, 5), 13))
    nested = [[y async for y in Pages(2, 2)] for _ in range(2)]
    print(nested)


asyncio.run(main())
