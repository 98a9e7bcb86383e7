"""__init_subclass__ runs when each subclass's class statement runs, bound
to the new class, with the class statement's keywords (class Csv(Exporter,
ext="csv")): a registry of exporters filled in definition order, around
module-level prints. It is found along the bases (Tsv derives from Csv),
is implicitly a class method (cls.__name__), and super().__init_subclass__()
of the class defining it is object's (does nothing)."""
import asyncio
from typing import ClassVar


class Exporter:
    formats: ClassVar[dict[str, type["Exporter"]]] = {}
    ext = ""

    def __init_subclass__(cls, ext: str = "") -> None:
        super().__init_subclass__()
        key = ext or cls.__name__.lower()
        print(f"registering {cls.__name__} as {key!r}")
        Exporter.formats[key] = cls

    def export(self, rows: list[int]) -> str:
        raise NotImplementedError


print("before classes")


class Csv(Exporter, ext="csv"):
    def export(self, rows: list[int]) -> str:
        return ",".join(map(str, rows))


class Tsv(Csv, ext="tsv"):
    def export(self, rows: list[int]) -> str:
        return super().export(rows).replace(",", "\t")


class Animal:
    registry: ClassVar[dict[str, type["Animal"]]] = {}
    sound = "..."

    def __init_subclass__(klass) -> None:
        Animal.registry[klass.__name__.lower()] = klass

    def __init__(self, name: str) -> None:
        self.name = name

    def speak(self) -> str:
        return f"{self.name} says {self.sound}"


class Dog(Animal):
    sound = "woof"


class Puppy(Dog):
    def speak(self) -> str:
        return super().speak() + " (squeaky)"


class Json(Exporter):
    def export(self, rows: list[int]) -> str:
        return "[" + ", ".join(map(str, rows)) + "]"


print("after classes", sorted(Exporter.formats))


async def main() -> None:
    for k, cls in Exporter.formats.items():
        await asyncio.sleep(0)
        print(k, cls.__name__, repr(cls().export([1, 2, 3])))
    pets = [Animal.registry[k](k.title()) for k in sorted(Animal.registry)]
    print([p.speak() for p in pets])


asyncio.run(main())
