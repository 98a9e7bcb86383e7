# Class objects: dataclass and Self-returning alternative constructors for
# subclasses, async class methods, a registry of classes, raise of a class object.
import asyncio
from dataclasses import dataclass
from typing import Self


@dataclass
class Record:
    key: str
    value: int = 0

    @classmethod
    def parse(cls, text: str) -> Self:
        k, _, v = text.partition("=")
        return cls(k, int(v) if v else 0)

    @classmethod
    async def fetch(cls, key: str) -> "Record":
        await asyncio.sleep(0.01)
        return cls.parse(key + "=7")

    def tag(self) -> str:
        return type(self).__name__


@dataclass
class Audited(Record):
    pass


class Base:
    registry: dict[str, type["Base"]] = {}

    def __init__(self, size: int) -> None:
        self.size = size

    @classmethod
    def unit(cls) -> Self:
        return cls(1)

    @classmethod
    def twice(cls) -> list[Self]:
        return [cls.unit(), cls(2)]

    def clone(self) -> "Base":
        return self.unit()


class Square(Base):
    pass


class Retry(Exception):
    def __init__(self, attempt: int = 1) -> None:
        super().__init__(f"attempt {attempt}")
        self.attempt = attempt


def fail(kind: type[Exception]) -> None:
    raise kind


class Animal:
    def __init__(self, name: str) -> None:
        self.name = name


class Dog(Animal):
    def fetch(self) -> str:
        return self.name + " fetches"


class Puppy(Dog):
    pass


class Cat(Animal):
    pass


def only(zoo: list[Animal], kind: type[Animal]) -> list[str]:
    return [a.name for a in zoo if isinstance(a, kind)]


def fetchers(zoo: list[Animal], kind: type[Dog]) -> list[str]:
    out: list[str] = []
    for a in zoo:
        if isinstance(a, kind):
            out.append(a.fetch())
    return out


async def main() -> None:
    r = Record.parse("a=1")
    a = Audited.parse("b=2")
    print(r, a, r.tag(), a.tag())
    f1 = await Audited.fetch("x")
    f2 = await Record.fetch("y")
    print(f1, f2)
    print(Base.unit().size, type(Square.unit()).__name__)
    s: Base = Square(2)
    print(type(s.unit()).__name__, type(s.clone()).__name__, [type(x).__name__ for x in Square.twice()])
    for k in (Base, Square):
        Base.registry[k.__name__] = k
    print(sorted(Base.registry), Base.registry["Square"].unit().size)
    for exc in (Retry, ValueError):
        try:
            fail(exc)
        except Retry as e:
            print("retry", e.attempt, e)
        except Exception as e:
            print("other", repr(e))
    zoo = [Dog("rex"), Cat("tom"), Animal("blob"), Puppy("bit")]
    kinds: list[type[Animal]] = [Dog, Cat, Animal, Puppy]
    print([only(zoo, k) for k in kinds], fetchers(zoo, Dog), fetchers(zoo, Puppy))
    rex = Dog("rex")
    pup: type[Dog] = Puppy
    print(isinstance(rex, pup), isinstance(Puppy("p"), pup), [isinstance(a, (Cat, pup)) for a in zoo])


asyncio.run(main())
