# Normalizing a union parameter with a conditional expression whose
# branches have one type (o = o if isinstance(o, Money) else Money(o))
# narrows it to that type, as any assignment of a narrower value does.
import asyncio
from typing import Optional, Union


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __add__(self, other: Union["Money", int]) -> "Money":
        other = other if isinstance(other, Money) else Money(other)
        return Money(self.cents + other.cents)

    def __repr__(self) -> str:
        return f"Money({self.cents})"


def label(x: Union[int, str], width: Optional[int] = None) -> str:
    x = x if isinstance(x, str) else f"#{x}"
    width = width if width is not None else len(x) + 2
    return x.upper().center(width, ".")


def mixed(flag: bool) -> Union[int, float]:
    v: Union[int, float] = 1 if flag else 2.5
    return v


async def main() -> None:
    print(Money(150) + 50, Money(1) + Money(2))
    print(label(7), label("ab", 6), label("xyz"))
    print(mixed(True), mixed(False))
    await asyncio.sleep(0)


asyncio.run(main())
