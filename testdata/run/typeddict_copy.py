# A TypedDict's copy() is the same TypedDict (typeshed's Self), so a copy
# changed and returned where the TypedDict is declared compiles.
import asyncio
from typing import NotRequired, TypedDict


class Item(TypedDict):
    sku: str
    qty: int
    note: NotRequired[str]


def with_qty(item: Item, qty: int) -> Item:
    out = item.copy()
    out["qty"] = qty
    return out


async def main() -> None:
    item: Item = {"sku": "A-1", "qty": 1}
    bigger = with_qty(item, 10)
    bigger["note"] = "restocked"
    await asyncio.sleep(0)
    print(item, bigger, bigger.get("note", "-"), item.get("note", "-"))
    copies = [with_qty(item, n) for n in range(3)]
    print(copies, copies[0] == item, copies[1] is item)


asyncio.run(main())
