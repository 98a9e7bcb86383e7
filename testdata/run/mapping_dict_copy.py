import asyncio
from typing import Mapping


class Animal:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"


class Cat(Animal):
    pass


def with_defaults(settings: Mapping[str, int]) -> dict[str, int]:
    merged = dict(settings)
    merged.setdefault("retries", 3)
    merged["timeout"] = merged.get("timeout", 30) * 2
    return merged


def adopt(shelter: Mapping[str, Animal], newcomer: Animal) -> dict[str, Animal]:
    roster = dict(shelter)
    roster[newcomer.name] = newcomer
    return roster


async def main() -> None:
    cfg = {"timeout": 5}
    print(with_defaults(cfg), cfg)
    cats: dict[str, Cat] = {"tom": Cat("tom")}
    everyone = adopt(cats, Animal("rex"))
    cats["kit"] = Cat("kit")
    print(everyone, cats)
    await asyncio.sleep(0)


asyncio.run(main())
