# Calls of parameterized built-in collection types, as typed Python spells
# empty collections without an annotation: set[str](), dict[str, int](),
# list[tuple[str, int]](), and with an argument: list[int](xs),
# set[str](text), dict[str, list[int]](pairs).
import asyncio


class Inventory:
    def __init__(self) -> None:
        self.counts = dict[str, int]()
        self.seen = set[str]()
        self.log = list[tuple[str, int]]()

    def add(self, sku: str, n: int) -> None:
        self.counts[sku] = self.counts.get(sku, 0) + n
        self.seen.add(sku)
        self.log.append((sku, n))


async def main() -> None:
    inv = Inventory()
    for sku, n in [("b", 2), ("a", 5), ("b", 1)]:
        await asyncio.sleep(0)
        inv.add(sku, n)
    print(inv.counts, sorted(inv.seen), inv.log)
    groups = dict[str, list[int]]()
    for i in range(7):
        groups.setdefault("even" if i % 2 == 0 else "odd", []).append(i)
    print(groups, list[int](range(3)), sorted(set[str]("hello")), len(list[str]()))
    pairs = [("x", [1]), ("y", [2, 3])]
    print(dict[str, list[int]](pairs), set[int]({3, 1, 2}))


asyncio.run(main())
