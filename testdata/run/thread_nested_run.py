# A synchronous wrapper over async code (asyncio.run inside it) called in
# worker threads through to_thread: each thread runs a loop of its own,
# while the main loop goes on (a crash, 'unlock of unlocked mutex', before).
import asyncio

calls: list[int] = []


async def fetch_rate(currency: str) -> float:
    await asyncio.sleep(0.01)
    calls.append(len(currency))
    return {"EUR": 1.08, "GBP": 1.27}.get(currency, 1.0)


def convert_sync(amount: float, currency: str) -> float:
    rate = asyncio.run(fetch_rate(currency))
    return round(amount * rate, 2)


async def fetch_all(currencies: list[str]) -> str:
    loop = asyncio.get_running_loop()
    first = asyncio.create_task(fetch_rate(currencies[0]))
    rates = await asyncio.gather(first, *(fetch_rate(c) for c in currencies[1:]))
    me = asyncio.current_task()
    return f"{rates} own loop: {loop is asyncio.get_event_loop()} task: {me is not None}"


def fetch_all_sync(currencies: list[str]) -> str:
    return asyncio.run(fetch_all(currencies))


async def ticker(n: int) -> int:
    for _ in range(n):
        await asyncio.sleep(0.002)
    return n


async def main() -> None:
    results = await asyncio.gather(
        asyncio.to_thread(convert_sync, 100, "EUR"),
        asyncio.to_thread(convert_sync, 10, "GBP"),
        ticker(3),
    )
    print(results, sorted(calls))
    print(await asyncio.to_thread(convert_sync, 5, "JPY"))
    print(await asyncio.to_thread(fetch_all_sync, ["GBP", "EUR", "CHF"]))
    print(asyncio.get_event_loop() is asyncio.get_running_loop())
    coro = fetch_rate("USD")
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("nested in the loop's thread:", e)
    coro.close()


asyncio.run(main())
