import asyncio
from dataclasses import dataclass


@dataclass
class Item:
    sku: str


def make() -> Item:
    return Item("a1")


async def main() -> None:
    print("{0.sku}".format(make()))


asyncio.run(main())
