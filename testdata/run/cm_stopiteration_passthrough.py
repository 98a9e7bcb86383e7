"""Context managers made with @contextmanager and @asynccontextmanager around
code that calls next() on an exhausted iterator: contextlib lets the body's
StopIteration through unchanged (the generator's PEP 479 RuntimeError is
recognised), so the caller's `except StopIteration` still sees it."""
import asyncio
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager

log: list[str] = []


@contextmanager
def section(name: str) -> Iterator[None]:
    log.append(f"enter {name}")
    try:
        yield
    finally:
        log.append(f"leave {name}")


@asynccontextmanager
async def transaction(name: str) -> AsyncIterator[str]:
    await asyncio.sleep(0)
    log.append(f"begin {name}")
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0)
        log.append(f"end {name}")


@asynccontextmanager
async def guarded(name: str) -> AsyncIterator[None]:
    try:
        yield
    except StopIteration:
        log.append(f"{name}: swallowed exhaustion")


def batches(items: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


async def consume(it: Iterator[list[int]]) -> list[int]:
    total: list[int] = []
    while True:
        try:
            async with transaction("batch") as tag:
                with section(tag):
                    batch = next(it)
                total.append(sum(batch))
        except StopIteration:
            log.append("no more batches")
            return total


async def main() -> None:
    print(await consume(batches([1, 2, 3, 4, 5], 2)))
    print("\n".join(log))
    log.clear()
    empty: Iterator[int] = iter([0][1:])
    async with guarded("g"):
        next(empty)
    print(log)
    try:
        with section("sync"):
            next(empty)
    except StopIteration:
        print("sync body StopIteration passed through", log[-1])


asyncio.run(main())
