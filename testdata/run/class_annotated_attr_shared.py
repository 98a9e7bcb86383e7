# An annotated class attribute with a value that instances also assign is
# one class attribute: instances that never assigned their own share its
# object (a mutable default list is shared), and reads through the class
# see the class's value.
import asyncio


class Bag:
    items: list[int] = []
    limit: int = 3
    label: str = "bag"

    def __init__(self, name: str) -> None:
        self.name = name

    def add(self, x: int) -> None:
        if len(self.items) >= self.limit:
            raise OverflowError(f"{self.name} is full")
        self.items.append(x)


class BigBag(Bag):
    limit: int = 5

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.label = "big " + name


class Job:
    retries: int = 0
    history: dict[str, int] = {}

    def __init__(self, name: str, retries: int = 0) -> None:
        self.name = name
        if retries:
            self.retries = retries

    def run(self) -> None:
        self.history[self.name] = self.retries


async def main() -> None:
    a = Bag("a")
    b = Bag("b")
    a.add(1)
    b.add(2)
    print(a.items, b.items, Bag.items, a.items is Bag.items)
    c = Bag("c")
    c.items = [9]
    c.limit = 1
    try:
        c.add(3)
    except OverflowError as e:
        print("error:", e)
    print(a.items, c.items, c.limit, Bag.limit, a.limit)
    big = BigBag("x")
    big.add(4)
    print(big.items, big.limit, BigBag.limit, Bag.limit, big.label, a.label, Bag.label, BigBag.label)
    for j in [Job("p"), Job("q", 3), Job("r")]:
        await asyncio.sleep(0)
        j.run()
    print(Job.history, Job.retries, Job("s", 2).retries)


asyncio.run(main())
