import asyncio
from collections.abc import KeysView, ValuesView, ItemsView, Iterable


class Inventory:
    def __init__(self) -> None:
        self.stock: dict[str, int] = {}

    def add(self, name: str, qty: int) -> None:
        self.stock[name] = self.stock.get(name, 0) + qty

    def names(self) -> KeysView[str]:
        return self.stock.keys()

    def quantities(self) -> ValuesView[int]:
        return self.stock.values()

    def entries(self) -> ItemsView[str, int]:
        return self.stock.items()


def total(vals: Iterable[int]) -> int:
    return sum(vals)


def describe(items: ItemsView[str, int]) -> str:
    return ", ".join(f"{k}={v}" for k, v in items)


async def restock(inv: Inventory, name: str, qty: int) -> None:
    await asyncio.sleep(0)
    inv.add(name, qty)


async def main() -> None:
    inv = Inventory()
    names = inv.names()
    qtys = inv.quantities()
    entries = inv.entries()
    print(len(names), list(names))
    await asyncio.gather(restock(inv, "apple", 3), restock(inv, "pear", 5), restock(inv, "apple", 2))
    print(len(names), "apple" in names, "kiwi" in names)
    print(names)
    print(qtys)
    print(entries)
    print(total(qtys))
    print(describe(entries))
    print(("pear", 5) in entries)
    print(names == {"apple", "pear"})
    print(sorted(names & {"pear", "fig"}))
    print(sorted(names | {"fig"}))
    print(sorted(names - {"pear"}))
    print(sorted(names ^ {"pear", "fig"}))
    for k in names:
        print("key", k)
    for q in qtys:
        print("qty", q)
    inv.add("fig", 1)
    print(list(entries))


asyncio.run(main())
