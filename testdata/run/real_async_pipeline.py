import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TypeAlias

Stage: TypeAlias = Callable[[AsyncIterator[str]], AsyncIterator[str]]


@dataclass
class Metrics:
    seen: int = 0
    dropped: int = 0
    emitted: int = 0


async def source(lines: list[str], delay: float) -> AsyncIterator[str]:
    for line in lines:
        await asyncio.sleep(delay)
        yield line


def strip_comments(metrics: Metrics) -> Stage:
    async def stage(it: AsyncIterator[str]) -> AsyncIterator[str]:
        async for line in it:
            metrics.seen += 1
            body = line.split("#", 1)[0].rstrip()
            if not body:
                metrics.dropped += 1
                continue
            yield body
    return stage


def upper_words(min_len: int) -> Stage:
    async def stage(it: AsyncIterator[str]) -> AsyncIterator[str]:
        async for line in it:
            words = [w.upper() if len(w) >= min_len else w for w in line.split()]
            yield " ".join(words)
    return stage


async def batched(it: AsyncIterator[str], size: int) -> AsyncIterator[list[str]]:
    batch: list[str] = []
    async for item in it:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


@asynccontextmanager
async def timed(label: str, log: list[str]) -> AsyncIterator[None]:
    log.append(f"start {label}")
    try:
        yield
    finally:
        log.append(f"end {label}")


async def run(lines: list[str], stages: list[Stage], sink: Callable[[list[str]], Awaitable[int]]) -> int:
    it: AsyncIterator[str] = source(lines, 0.001)
    for st in stages:
        it = st(it)
    total = 0
    async for b in batched(it, 2):
        total += await sink(b)
    return total


async def main() -> None:
    metrics = Metrics()
    out: list[str] = []

    async def sink(batch: list[str]) -> int:
        await asyncio.sleep(0)
        out.extend(batch)
        metrics.emitted += len(batch)
        return len(batch)

    log: list[str] = []
    text = ["alpha beta", "# comment", "gamma  # trailing", "", "de ep", "x"]
    async with timed("pipeline", log):
        n = await run(text, [strip_comments(metrics), upper_words(4)], sink)
    print(n, out)
    print(metrics)
    print(log)
    agen = source(["a", "b", "c"], 0)
    first = await anext(agen)
    rest = [x async for x in agen]
    print(first, rest)
    try:
        await anext(agen)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(source([], 0), "default"))


asyncio.run(main())
