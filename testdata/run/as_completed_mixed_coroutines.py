"""A dashboard fetches a count and a title concurrently and shows each as it
arrives: as_completed over coroutines with different result types (their
common type is object) made Go that did not build."""
import asyncio


async def fetch_count(source: str, delay: float) -> int:
    await asyncio.sleep(delay)
    return len(source) * 7


async def fetch_title(source: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return source.title()


async def main() -> None:
    pending = [fetch_count("orders", 0.03), fetch_title("weekly report", 0.01), fetch_count("users", 0.02)]
    shown: list[str] = []
    for next_done in asyncio.as_completed(pending):
        value = await next_done
        if isinstance(value, int):
            shown.append(f"count={value}")
        else:
            shown.append(f"title={value!r}")
        print("arrived:", shown[-1])
    print(" | ".join(shown))


asyncio.run(main())
