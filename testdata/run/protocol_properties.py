"""Protocols with read-only attributes written as properties
(@property def name(self) -> str: ...), as mypy reads them: implemented
by a property (overridden in a subclass), a dataclass field or a class
attribute. A float attribute of the protocol that some implementation gives
ints (Crate("apples", 12), a property returning side ** 2 of an int) holds
int | float, as CPython keeps the int; the others' floats read through it
unchanged."""
import asyncio
from dataclasses import dataclass
from typing import Protocol


class Named(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def weight(self) -> float: ...

    def describe(self) -> str: ...


@dataclass
class Crate:
    name: str
    weight: float

    def describe(self) -> str:
        return f"crate {self.name}"


class Animal:
    kind = "animal"

    def __init__(self, legs: int) -> None:
        self.legs = legs

    @property
    def name(self) -> str:
        return f"{self.kind}/{self.legs}"

    @property
    def weight(self) -> float:
        return self.legs * 2.5

    def describe(self) -> str:
        return "an animal"


class Dog(Animal):
    kind = "dog"

    @property
    def name(self) -> str:
        return "Rex the " + self.kind


@dataclass(frozen=True)
class Square:
    side: float

    @property
    def name(self) -> str:
        return f"square({self.side:g})"

    @property
    def weight(self) -> float:
        return self.side ** 2

    def describe(self) -> str:
        return "a square"


class Robot:
    name = "robo"
    weight = 100.0

    def describe(self) -> str:
        return "beep"


async def show(x: Named) -> str:
    await asyncio.sleep(0)
    return f"{x.name:<14}{x.weight:>7}  {x.describe()}"


async def main() -> None:
    things: list[Named] = [Crate("apples", 12), Animal(2), Dog(4), Robot(), Crate("pears", 3.5), Square(3), Square(0.5)]
    for line in await asyncio.gather(*(show(t) for t in things)):
        print(line)
    heavy = sorted(things, key=lambda t: t.weight, reverse=True)
    print([t.name for t in heavy], sum(t.weight for t in things))
    for t in things:
        if isinstance(t, Animal):
            print(t.legs, t.name)


asyncio.run(main())
