"""super().prop reads the base class's property getter on self: titles
built up a hierarchy, an async report using them, a dataclass base."""
import asyncio
from dataclasses import dataclass


@dataclass
class Item:
    name: str
    price_cents: int

    @property
    def label(self) -> str:
        return f"{self.name} ({self.price_cents / 100:.2f})"

    @property
    def weight(self) -> float:
        return 1.0


@dataclass
class Discounted(Item):
    pct: int = 10

    @property
    def label(self) -> str:
        return super().label + f" -{self.pct}%"

    @property
    def weight(self) -> float:
        return super().weight * 0.5


@dataclass
class Bundle(Discounted):
    parts: int = 2

    @property
    def label(self) -> str:
        return f"[{self.parts}x] " + super().label


async def report(items: list[Item]) -> None:
    for it in items:
        await asyncio.sleep(0)
        print(it.label, it.weight)


async def main() -> None:
    await report([Item("pen", 150), Discounted("ink", 999, 25), Bundle("pads", 400)])


asyncio.run(main())
