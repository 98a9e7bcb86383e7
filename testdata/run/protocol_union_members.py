# A value of a union of classes (Book | DVD) passed where a Protocol that
# every member satisfies is expected: the object itself, through the
# protocol (attributes, properties and methods of whichever class it is).
import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


class Lendable(Protocol):
    @property
    def title(self) -> str: ...

    @property
    def kind(self) -> str: ...

    def loan_days(self) -> int: ...


@dataclass(frozen=True)
class Book:
    title: str
    pages: int

    @property
    def kind(self) -> str:
        return "book"

    def loan_days(self) -> int:
        return 21 if self.pages < 500 else 28


class DVD:
    def __init__(self, title: str, minutes: int) -> None:
        self.title = title
        self.minutes = minutes

    @property
    def kind(self) -> str:
        return "dvd"

    def loan_days(self) -> int:
        return 7


def label(x: Lendable) -> str:
    return f"{x.title} [{x.kind}, {x.loan_days()}d]"


def longest(xs: Sequence[Lendable]) -> str:
    return max(xs, key=lambda x: x.loan_days()).title


async def main() -> None:
    shelf: list[Book | DVD] = [Book("Dune", 612), DVD("Alien", 117), Book("Emma", 474)]
    await asyncio.sleep(0)
    print([label(x) for x in shelf])
    print(longest(shelf), sum(x.loan_days() for x in shelf))
    pick: Lendable = shelf[1]
    print(label(pick), isinstance(pick, DVD))


asyncio.run(main())
