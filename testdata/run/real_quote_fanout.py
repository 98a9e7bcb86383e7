import asyncio
from dataclasses import dataclass
from typing import Optional


@dataclass
class Quote:
    vendor: str
    price: float
    latency: float


class QuoteError(Exception):
    pass


class Ticker:
    """An async iterator of prices."""

    def __init__(self, prices: list[float], delay: float) -> None:
        self.prices = prices
        self.delay = delay
        self.i = 0

    def __aiter__(self) -> "Ticker":
        return self

    async def __anext__(self) -> float:
        if self.i >= len(self.prices):
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.prices[self.i - 1]


class Session:
    def __init__(self, name: str, log: list[str]) -> None:
        self.name = name
        self.log = log
        self.open = False

    async def __aenter__(self) -> "Session":
        await asyncio.sleep(0)
        self.open = True
        self.log.append(f"open {self.name}")
        return self

    async def __aexit__(self, et: Optional[type[BaseException]], e: Optional[BaseException], tb: object) -> bool:
        self.open = False
        self.log.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return et is QuoteError


async def ask(vendor: str, price: float, latency: float, sem: asyncio.Semaphore) -> Quote:
    async with sem:
        await asyncio.sleep(latency)
        if price < 0:
            raise QuoteError(f"{vendor} refused")
        return Quote(vendor, price, latency)


async def main() -> None:
    sem = asyncio.Semaphore(2)
    offers = {"acme": (9.5, 0.05), "bolt": (8.75, 0.2), "core": (-1.0, 0.02), "dyn": (8.9, 0.04)}
    tasks = [asyncio.create_task(ask(v, p, l, sem), name=v) for v, (p, l) in offers.items()]
    order = []
    for fut in asyncio.as_completed(tasks):
        try:
            q = await fut
            order.append(q.vendor)
        except QuoteError as e:
            order.append(f"!{e}")
    print(order)
    results = await asyncio.gather(*tasks, return_exceptions=True)
    quotes = [r for r in results if isinstance(r, Quote)]
    print(min(quotes, key=lambda q: q.price), [type(r).__name__ for r in results])
    t1 = asyncio.create_task(asyncio.sleep(0.05, result="slow"))
    t2 = asyncio.create_task(asyncio.sleep(0.01, result="fast"))
    done, pending = await asyncio.wait({t1, t2}, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    for p in pending:
        p.cancel()
    log: list[str] = []
    async with Session("s1", log) as s:
        print("inside", s.open)
    async with Session("s2", log):
        raise QuoteError("swallowed")
    try:
        async with Session("s3", log):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    print(log)
    avg = 0.0
    n = 0
    async for price in Ticker([1.0, 2.5, 4.0], 0.001):
        n += 1
        avg += (price - avg) / n
    print(n, avg, [p async for p in Ticker([7.0], 0)])


asyncio.run(main())
