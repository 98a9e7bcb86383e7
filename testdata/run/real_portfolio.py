"""Portfolio analytics: moving averages, returns, drawdowns from async price feeds."""
import asyncio
from dataclasses import dataclass
from typing import AsyncIterator, Iterable, Sequence


@dataclass
class Position:
    symbol: str
    shares: int
    cost_basis: float


async def price_feed(symbol: str, prices: Sequence[float], delay: float) -> AsyncIterator[tuple[str, int, float]]:
    for day, p in enumerate(prices):
        await asyncio.sleep(delay)
        yield symbol, day, p


def moving_average(values: Sequence[float], window: int) -> list[float]:
    return [sum(values[i - window + 1:i + 1]) / window for i in range(window - 1, len(values))]


def max_drawdown(values: Iterable[float]) -> float:
    peak = float("-inf")
    worst = 0.0
    for v in values:
        peak = max(peak, v)
        worst = min(worst, (v - peak) / peak)
    return worst


def returns(values: Sequence[float]) -> list[float]:
    return [(b - a) / a for a, b in zip(values, values[1:])]


async def collect(feed: AsyncIterator[tuple[str, int, float]], book: dict[str, list[float]]) -> int:
    n = 0
    async for symbol, day, price in feed:
        book.setdefault(symbol, []).append(price)
        n += 1
    return n


async def main() -> None:
    history = {
        "ACME": [100.0, 102.5, 101.0, 99.0, 104.0, 108.5, 107.0],
        "BOLT": [20.0, 19.5, 18.0, 18.5, 21.0, 22.25, 23.0],
        "CORE": [55.0, 55.0, 56.5, 54.0, 52.0, 53.5, 58.0],
    }
    book: dict[str, list[float]] = {}
    counts = await asyncio.gather(*(collect(price_feed(s, p, 0.01 * (i + 1)), book) for i, (s, p) in enumerate(history.items())))
    print("ticks:", counts)
    portfolio = [Position("ACME", 10, 98.0), Position("BOLT", 150, 21.5), Position("CORE", 40, 50.25)]
    print(f"{'SYM':<5}{'LAST':>8}{'MA3':>8}{'CHG':>8}{'P/L':>10}{'MDD':>8}")
    total_value = 0.0
    total_pl = 0.0
    for pos in portfolio:
        prices = book[pos.symbol]
        ma = moving_average(prices, 3)
        last = prices[-1]
        change = (last - prices[0]) / prices[0]
        pl = (last - pos.cost_basis) * pos.shares
        total_value += last * pos.shares
        total_pl += pl
        print(f"{pos.symbol:<5}{last:>8.2f}{ma[-1]:>8.2f}{change:>+8.1%}{pl:>+10.2f}{max_drawdown(prices):>8.2%}")
    print(f"value {total_value:,.2f} P/L {total_pl:+,.2f}")
    best_day = max(((s, d, r) for s, ps in book.items() for d, r in enumerate(returns(ps), start=1)), key=lambda t: t[2])
    print(f"best day: {best_day[0]} day {best_day[1]} {best_day[2]:.3%}")
    ups = {s: sum(1 for r in returns(ps) if r > 0) for s, ps in book.items()}
    print(ups, sorted(book, key=lambda s: -ups[s]))
    crossings = [(s, i + 2) for s, ps in book.items() for i, (p, m) in enumerate(zip(ps[2:], moving_average(ps, 3))) if p > m * 1.02]
    print(crossings)


asyncio.run(main())
