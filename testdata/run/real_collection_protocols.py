"""Inventory report: helpers typed with the collection protocols
(Iterable, Sequence, Collection, AbstractSet, Mapping, MutableMapping) as
library code usually types them, fed lists, tuples, sets, dicts, ranges,
strings and generators."""
import asyncio
from collections.abc import Collection, Iterable, Iterator, Mapping, MutableMapping, Sequence
from typing import AbstractSet


def mean(values: Sequence[float]) -> float:
    if not values:
        return 0.0
    return sum(values) / len(values)


def median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    n = len(ordered)
    mid = n // 2
    return ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def window(values: Sequence[int], size: int) -> list[int]:
    # a Sequence is indexed and iterated more than once
    return [sum(values[i + j] for j in range(size)) for i in range(len(values) - size + 1)]


def count_matching(items: Iterable[str], prefix: str) -> int:
    return sum(1 for it in items if it.startswith(prefix))


def describe(names: Collection[str]) -> str:
    if "widget" in names:
        return f"{len(names)} items incl. widget"
    return f"{len(names)} items"


def missing(wanted: AbstractSet[str], have: AbstractSet[str]) -> list[str]:
    return sorted(w for w in wanted if w not in have)


def restock(stock: MutableMapping[str, int], orders: Mapping[str, int]) -> int:
    moved = 0
    for name, qty in orders.items():
        stock[name] = stock.get(name, 0) + qty
        moved += qty
    return moved


def value_of(stock: Mapping[str, int], prices: Mapping[str, float]) -> float:
    return sum(qty * prices.get(name, 0.0) for name, qty in stock.items() if name in prices)


def batches(n: int, size: int) -> Iterator[list[int]]:
    chunk: list[int] = []
    for i in range(n):
        chunk.append(i)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(groups: Iterable[Sequence[int]]) -> list[int]:
    out: list[int] = []
    for g in groups:
        for x in g:
            out.append(x)
    return out


class Shelf:
    def __init__(self, label: str, slots: Sequence[str]) -> None:
        self.label = label
        self.slots = slots

    def first(self) -> str:
        return self.slots[0] if self.slots else "-"

    def __repr__(self) -> str:
        return f"Shelf({self.label!r}, {self.slots!r})"


async def audit(name: str, counts: Sequence[int], delay: float) -> str:
    await asyncio.sleep(delay)
    return f"{name}: total={sum(counts)} max={max(counts, default=0)} windows={window(counts, 2)}"


async def main() -> None:
    weights = [2.5, 1.0, 4.0, 3.5]
    print(mean(weights), median(weights), mean(()), median((1.0, 9.0, 5.0)))
    ints = [4, 8, 15, 16, 23, 42]
    print(mean(ints), median(ints), ints)  # a list[int] is a Sequence[float]
    print(window([1, 2, 3, 4, 5], 3), window(range(6), 2), window((5, 5), 2))
    names = ["widget", "gadget", "gizmo", "gear"]
    print(count_matching(names, "g"), count_matching(("go", "stop"), "s"),
          count_matching((n.upper() for n in names), "G"), count_matching("ggx", "g"))
    print(describe(names), describe({"bolt", "nut"}), describe({"widget": 1}), describe("abc"))
    print(missing({"bolt", "nut", "gear"}, set(names)), missing(set(), {"x"}))

    stock = {"widget": 3, "gear": 1}
    moved = restock(stock, {"gear": 4, "bolt": 10})
    print(moved, stock)
    prices = {"widget": 2.5, "gear": 0.75}
    print(value_of(stock, prices))

    print(list(batches(7, 3)), flatten(batches(5, 2)), flatten([(1, 2), [3], range(4, 6)]))

    slots = ["a1", "a2"]
    shelf = Shelf("A", slots)
    slots.append("a3")  # the shelf holds the same list
    print(shelf, shelf.first(), len(shelf.slots), Shelf("B", ()).first(), Shelf("C", ("c1",)))

    results = await asyncio.gather(
        audit("north", [3, 1, 2], 0.02),
        audit("south", (7, 7, 7, 7), 0.01),
        audit("east", range(3), 0.0),
    )
    for line in results:
        print(line)


asyncio.run(main())
