# Sorting user objects calls __lt__ in CPython's order (count_run, then
# binary insertion for short lists), so a comparison counter or log in
# __lt__ prints what CPython prints; reverse=True too.
import asyncio
import random


class Item:
    compares = 0

    def __init__(self, key: int, tag: str) -> None:
        self.key = key
        self.tag = tag

    def __lt__(self, other: "Item") -> bool:
        Item.compares += 1
        return self.key < other.key

    def __repr__(self) -> str:
        return f"{self.key}{self.tag}"


log: list[str] = []


class Loud(Item):
    def __lt__(self, other: Item) -> bool:
        log.append(f"{self!r}<{other!r}")
        return self.key < other.key


def make(keys: list[int]) -> list[Item]:
    return [Item(k, "abcdefghijklmnopqrstuvwxyz"[i % 26]) for i, k in enumerate(keys)]


async def main() -> None:
    random.seed(7)
    cases = [[3, 1, 2], [1, 2, 3, 4], [5, 4, 3, 2, 1], [2, 2, 1, 1, 3, 3], [9, 8, 7, 1, 2, 3, 1],
             [random.randint(0, 9) for _ in range(20)], [random.randint(0, 99) for _ in range(50)]]
    for keys in cases:
        Item.compares = 0
        out = sorted(make(keys))
        n1 = Item.compares
        Item.compares = 0
        rev = sorted(make(keys), reverse=True)
        n2 = Item.compares
        Item.compares = 0
        xs = make(keys)
        xs.sort()
        n3 = Item.compares
        print(len(keys), n1, n2, n3, out[:8], rev[:8])
    print(sorted([Loud(k, "") for k in [4, 1, 3, 2]]), " ".join(log))


asyncio.run(main())
