import asyncio


class Bag:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, s: str) -> None:
        self.items.append(s)

    def __len__(self) -> int:
        return len(self.items)

    def __contains__(self, s: str) -> bool:
        return s in self.items

    def __getitem__(self, i: int) -> str:
        return self.items[i]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Bag) and self.items == other.items


async def main() -> None:
    b = Bag()
    b.add("x")
    b.add("y")
    print(len(b), "x" in b, "z" in b, b[1], bool(b))
    c = Bag()
    c.add("x")
    c.add("y")
    print(b == c, b != c)


asyncio.run(main())
