import asyncio
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Item:
    sku: str
    name: str
    price: float
    qty: int = 0
    tags: list[str] = field(default_factory=list)

    @property
    def value(self) -> float:
        return self.price * self.qty

    def label(self) -> str:
        tag_str = ",".join(sorted(self.tags)) or "-"
        return f"{self.sku:<8}{self.name.title():<14}{self.qty:>5}{self.price:>9.2f}  [{tag_str}]"


class Inventory:
    LOW_STOCK = 5

    def __init__(self) -> None:
        self.items: dict[str, Item] = {}
        self.events: list[tuple[str, str, int]] = []

    def add(self, item: Item) -> None:
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
            self.events.append(("restock", item.sku, item.qty))
        else:
            self.items[item.sku] = item
            self.events.append(("new", item.sku, item.qty))

    def remove(self, sku: str, qty: int) -> int:
        item = self.items.get(sku)
        if item is None:
            raise KeyError(sku)
        taken = min(qty, item.qty)
        item.qty -= taken
        self.events.append(("sold", sku, taken))
        return taken

    def low_stock(self) -> list[Item]:
        return sorted((i for i in self.items.values() if i.qty < self.LOW_STOCK), key=lambda i: (i.qty, i.sku))

    def by_tag(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for item in self.items.values():
            for t in item.tags:
                out.setdefault(t, []).append(item.sku)
        return {t: sorted(skus) for t, skus in sorted(out.items())}

    def find(self, text: str) -> Optional[Item]:
        text = text.lower()
        matches = [i for i in self.items.values() if text in i.name.lower()]
        return matches[0] if len(matches) == 1 else None


async def supplier(inv: Inventory, batches: list[Item], delay: float) -> None:
    for b in batches:
        await asyncio.sleep(delay)
        inv.add(b)


async def shop(inv: Inventory, orders: list[tuple[str, int]]) -> list[str]:
    receipts = []
    for sku, qty in orders:
        await asyncio.sleep(0.015)
        try:
            got = inv.remove(sku, qty)
        except KeyError as e:
            receipts.append(f"no such sku {e}")
            continue
        receipts.append(f"{sku} x{got}" + ("" if got == qty else f" (short {qty - got})"))
    return receipts


async def main() -> None:
    inv = Inventory()
    inv.add(Item("A-100", "steel bolt", 0.25, 200, ["hardware", "metal"]))
    inv.add(Item("B-200", "oak plank", 12.5, 8, ["wood"]))
    batches = [Item("C-300", "copper wire", 3.75, 40, ["metal", "electrical"]), Item("B-200", "oak plank", 12.5, 2)]
    receipts, _ = await asyncio.gather(
        shop(inv, [("B-200", 6), ("C-300", 50), ("Z-999", 1), ("A-100", 199)]),
        supplier(inv, batches, 0.02),
    )
    print("\n".join(receipts))
    print(f"{'SKU':<8}{'NAME':<14}{'QTY':>5}{'PRICE':>9}")
    for item in sorted(inv.items.values(), key=lambda i: i.value, reverse=True):
        print(item.label())
    total = sum(i.value for i in inv.items.values())
    print(f"total value: {total:,.2f}")
    print("low:", [i.sku for i in inv.low_stock()])
    print(inv.by_tag())
    print(inv.find("PLANK"), inv.find("o"))
    print(inv.items["A-100"])
    kinds: dict[str, int] = {}
    for kind, _, n in inv.events:
        kinds[kind] = kinds.get(kind, 0) + n
    print(kinds)


asyncio.run(main())
