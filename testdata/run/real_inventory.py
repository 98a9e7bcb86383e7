# Inventory reservations with an asyncio.Lock, a Condition for restock waiters, type aliases and union joins.
import asyncio
from dataclasses import dataclass
from typing import Optional, TypeAlias, Union

Sku = str
Qty: TypeAlias = int
Result = Union[int, str]


@dataclass
class Item:
    sku: Sku
    name: str
    stock: Qty
    reserved: Qty = 0

    @property
    def available(self) -> Qty:
        return self.stock - self.reserved


class Inventory:
    def __init__(self) -> None:
        self.items: dict[Sku, Item] = {}
        self.cond = asyncio.Condition()
        self.audit: list[str] = []

    def add(self, item: Item) -> None:
        self.items[item.sku] = item
        self.audit.append(f"add {item.sku}")

    async def reserve(self, sku: Sku, qty: Qty, wait: bool = False) -> Result:
        async with self.cond:
            item = self.items.get(sku)
            if item is None:
                return f"unknown sku {sku}"
            found = item
            if wait:
                await self.cond.wait_for(lambda: found.available >= qty)
            if item.available < qty:
                outcome: Result = f"short {qty - item.available}"
            else:
                item.reserved += qty
                outcome = item.available
            self.audit.append(f"reserve {sku} {qty} -> {outcome}")
            return outcome

    async def restock(self, sku: Sku, qty: Qty) -> None:
        async with self.cond:
            self.items[sku].stock += qty
            self.audit.append(f"restock {sku} {qty}")
            self.cond.notify_all()


def summarize(r: Result) -> str:
    if isinstance(r, int):
        return f"ok, {r} left"
    return f"failed: {r}"


async def main() -> None:
    inv = Inventory()
    inv.add(Item("W-1", "widget", 5))
    inv.add(Item("G-2", "gadget", 1))
    results = [await inv.reserve("W-1", 3), await inv.reserve("W-1", 3), await inv.reserve("X-0", 1)]
    print([summarize(r) for r in results])
    waiter = asyncio.create_task(inv.reserve("G-2", 4, wait=True))
    await asyncio.sleep(0)
    await inv.restock("G-2", 2)
    await asyncio.sleep(0)
    print("waiter done?", waiter.done())
    await inv.restock("G-2", 2)
    print("waiter:", summarize(await waiter))
    best: Optional[Item] = None
    for it in inv.items.values():
        if best is None or it.available > best.available:
            best = it
    label = best.name if best else "none"
    print("most available:", label)
    for line in inv.audit:
        print(" ", line)


asyncio.run(main())
