# str.format templates reading attributes of their arguments ({0.name},
# {item.price}, {.x}), with conversions, specs and nested specs.
import asyncio
from dataclasses import dataclass
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int


@dataclass
class Item:
    sku: str
    price: float
    where: Point
    tags: list[str]

    @property
    def label(self) -> str:
        return self.sku.upper()


class Counter:
    def __init__(self) -> None:
        self.n = 0

    def bump(self) -> int:
        self.n += 1
        return self.n


async def main() -> None:
    it = Item("ab1", 9.5, Point(3, -4), ["new", "sale"])
    print("{0.sku:<6}|{0.price:>8.2f}|{1}".format(it, "end"))
    print("{item.label!r} at ({item.where.x}, {item.where.y}) {item.tags[1]}".format(item=it))
    print("{.sku} {} {.where}".format(it, 42, it))
    print("{0.price:{1}.{2}f}|{{literal}}|{0.where.x:+d}".format(it, 10, 3))
    width = Point(12, 0)
    print("[{0.sku:^{1.x}}]".format(it, width))
    c = Counter()
    print("{0.n} {1} {0.n}".format(c, c.bump()))
    items = [it, Item("zz9", 0.25, Point(0, 0), [])]
    for i, x in enumerate(items, 1):
        print("{0:>2}. {1.sku} {1.price:6.2f} {1.where!s}".format(i, x))


asyncio.run(main())
