import asyncio
from dataclasses import dataclass, field
from typing import Optional


@dataclass(order=True)
class Order:
    price: float
    seq: int
    side: str = field(compare=False)
    qty: int = field(compare=False)
    owner: str = field(compare=False, default="anon")


@dataclass
class Fill:
    buyer: str
    seller: str
    price: float
    qty: int

    def __str__(self) -> str:
        return f"{self.buyer:<6} <- {self.seller:<6} {self.qty:>4} @ {self.price:8.2f}"


class OrderBook:
    def __init__(self, symbol: str) -> None:
        self.symbol = symbol
        self.bids: list[Order] = []
        self.asks: list[Order] = []
        self.fills: list[Fill] = []
        self._seq = 0

    def next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def best_bid(self) -> Optional[Order]:
        return max(self.bids, key=lambda o: (o.price, -o.seq)) if self.bids else None

    def best_ask(self) -> Optional[Order]:
        return min(self.asks, key=lambda o: (o.price, o.seq)) if self.asks else None

    def submit(self, side: str, price: float, qty: int, owner: str) -> list[Fill]:
        order = Order(price, self.next_seq(), side, qty, owner)
        new_fills: list[Fill] = []
        while order.qty > 0:
            other = self.best_ask() if side == "buy" else self.best_bid()
            if other is None:
                break
            crosses = other.price <= price if side == "buy" else other.price >= price
            if not crosses:
                break
            traded = min(order.qty, other.qty)
            buyer, seller = (owner, other.owner) if side == "buy" else (other.owner, owner)
            fill = Fill(buyer, seller, other.price, traded)
            new_fills.append(fill)
            order.qty -= traded
            other.qty -= traded
            if other.qty == 0:
                (self.asks if side == "buy" else self.bids).remove(other)
        if order.qty > 0:
            (self.bids if side == "buy" else self.asks).append(order)
        self.fills.extend(new_fills)
        return new_fills

    def depth(self) -> dict[str, list[tuple[float, int]]]:
        levels: dict[str, dict[float, int]] = {"bids": {}, "asks": {}}
        for o in self.bids:
            levels["bids"][o.price] = levels["bids"].get(o.price, 0) + o.qty
        for o in self.asks:
            levels["asks"][o.price] = levels["asks"].get(o.price, 0) + o.qty
        return {
            "bids": sorted(levels["bids"].items(), reverse=True),
            "asks": sorted(levels["asks"].items()),
        }


async def trader(book: OrderBook, name: str, orders: list[tuple[str, float, int]], delay: float) -> int:
    total = 0
    for side, price, qty in orders:
        await asyncio.sleep(delay)
        fills = book.submit(side, price, qty, name)
        for f in fills:
            print(f"[{name}] {f}")
        total += sum(f.qty for f in fills)
    return total


async def main() -> None:
    book = OrderBook("ACME")
    plans = {
        "alice": [("buy", 10.0, 5), ("buy", 10.5, 3)],
        "bob": [("sell", 10.25, 4), ("sell", 9.75, 6)],
        "carol": [("buy", 11.0, 2), ("sell", 10.0, 1)],
    }
    tasks = [
        asyncio.create_task(trader(book, name, orders, [0.01, 0.035, 0.062][i]))
        for i, (name, orders) in enumerate(plans.items())
    ]
    totals = await asyncio.gather(*tasks)
    for name, t in zip(plans, totals):
        print(f"{name}: traded {t}")
    d = book.depth()
    for side in ("bids", "asks"):
        print(side, d[side])
    bb = book.best_bid()
    ba = book.best_ask()
    spread = (ba.price - bb.price) if bb and ba else None
    print("spread:", spread)
    print("volume:", sum(f.qty for f in book.fills), "fills:", len(book.fills))
    vwap = sum(f.price * f.qty for f in book.fills) / max(1, sum(f.qty for f in book.fills))
    print(f"vwap={vwap:.4f}")
    print(sorted(book.bids + book.asks)[:2])


asyncio.run(main())
