import asyncio
from dataclasses import dataclass


@dataclass(eq=False)
class Base:
    name: str


@dataclass
class Child(Base):
    extra: int = 0


async def main() -> None:
    items: set[Base] = {Base("a")}
    items.add(Child("b"))
    print(len(items))


asyncio.run(main())
