# gather runs several sleepers concurrently; results come back in argument order.
import asyncio


async def sleeper(name: str, delay: float) -> str:
    print(f"{name} sleeps {delay}s")
    await asyncio.sleep(delay)
    print(f"{name} woke up")
    return name.upper()


async def main() -> None:
    results = await asyncio.gather(sleeper("a", 0.3), sleeper("b", 0.1), sleeper("c", 0.2))
    print(results)


asyncio.run(main())
