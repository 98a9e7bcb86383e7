# typing.TypedDict records: displays and constructor calls where the class
# is declared, per-key types on reads and writes, nested TypedDicts, a
# TypedDict extending another, printing as dicts, in/get/len/items.
import asyncio
from typing import TypedDict


class Dimensions(TypedDict):
    width: int
    height: int


class Item(TypedDict):
    sku: str
    qty: int
    price: float
    tags: list[str]
    note: str | None
    size: Dimensions


class Restock(TypedDict):
    sku: str
    amount: int


class UrgentRestock(Restock):
    reason: str
    rush: bool


def make_item(sku: str, qty: int, price: float) -> Item:
    return {
        "sku": sku,
        "qty": qty,
        "price": price,
        "tags": [],
        "note": None,
        "size": Dimensions(width=qty, height=2),
    }


def value(item: Item) -> float:
    return item["qty"] * item["price"]


async def supplier(q: asyncio.Queue[Restock], orders: list[Restock]) -> None:
    for o in orders:
        await asyncio.sleep(0)
        await q.put(o)


async def main() -> None:
    stock: dict[str, Item] = {}
    for sku, qty, price in [("apple", 10, 0.5), ("pear", 0, 0.75), ("fig", 3, 2.0)]:
        stock[sku] = make_item(sku, qty, price)
    stock["fig"]["tags"].append("exotic")
    stock["fig"]["note"] = "fragile"
    print(stock["apple"])
    print(stock["fig"])
    q: asyncio.Queue[Restock] = asyncio.Queue()
    urgent = UrgentRestock(sku="pear", amount=5, reason="sold out", rush=True)
    orders: list[Restock] = [{"sku": "apple", "amount": 4}, urgent]
    await supplier(q, orders)
    while not q.empty():
        r = await q.get()
        item = stock[r["sku"]]
        item["qty"] += r["amount"]
        item["size"]["width"] = item["qty"]
        print(f"restocked {r['sku']}: +{r['amount']} -> {item['qty']}", len(r), "reason" in r)
    print(urgent, urgent["rush"], urgent == {"sku": "pear", "amount": 5, "reason": "sold out", "rush": True})
    for sku, it in sorted(stock.items(), key=lambda kv: value(kv[1]), reverse=True):
        note = it["note"]
        label = note.upper() if note is not None else "-"
        print(f"{sku:>6} {it['qty']:3d} {value(it):6.2f} {label} {it['size']['width']}x{it['size']['height']}")
    print(stock["pear"].get("note"), "tags" in stock["pear"], list(stock["pear"].keys())[:3])
    fig = stock["fig"]
    print(fig.get("qty", 0) * 2, (fig.get("note") or "none").title(), stock["pear"].get("note", "none"), fig.get("size"))
    total = sum(value(it) for it in stock.values())
    print(f"total {total:.2f}")


asyncio.run(main())
