"""dict.fromkeys without a value: the order-preserving dedupe idiom, and
a dict of optional slots filled in later."""
import asyncio


async def fetch(name: str) -> int:
    await asyncio.sleep(0)
    return len(name) * 10


async def main() -> None:
    requests = ["db", "cache", "db", "queue", "cache", "db"]
    uniq = dict.fromkeys(requests)
    print(list(uniq), uniq, len(uniq), "db" in uniq)
    results: dict[str, int | None] = dict.fromkeys(requests)
    for name, value in zip(uniq, await asyncio.gather(*(fetch(n) for n in uniq))):
        if value > 20:
            results[name] = value
    print(results)
    missing = [k for k, v in results.items() if v is None]
    print("missing:", missing)
    words = list(dict.fromkeys(w.lower() for w in "The the A a then".split()))
    print(words)


asyncio.run(main())
