import asyncio


async def price(sym: str) -> float:
    await asyncio.sleep(0.001)
    if sym == "BAD":
        raise LookupError(f"unknown symbol {sym}")
    return len(sym) * 10.25


async def first() -> float:
    return 1.5


async def main() -> None:
    syms = ["AAPL", "BAD", "GOOG", "MSFT"]
    results = await asyncio.gather(*(price(s) for s in syms), return_exceptions=True)
    prices = [r for r in results if not isinstance(r, Exception)]
    print(prices, sum(prices), max(prices))
    errors = [str(r) for r in results if isinstance(r, Exception)]
    print(errors)

    a, b, c, d, e, f, g = await asyncio.gather(
        price("A"), price("BB"), price("BAD"), price("CCC"), price("D"), price("EE"), price("F"),
        return_exceptions=True,
    )
    for v in (a, b, c, d, e, f, g):
        if isinstance(v, Exception):
            print("skip", v)
        else:
            print(round(v * 2, 1))

    mixed = await asyncio.gather(first(), *[price(s) for s in syms], return_exceptions=True)
    total = 0.0
    for m in mixed:
        if isinstance(m, LookupError):
            print("lookup failed:", m)
            continue
        total += m
    print(f"total {total:.2f}")


asyncio.run(main())
