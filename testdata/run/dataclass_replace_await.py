# dataclasses.replace(obj, field=await ...): obj is evaluated before the
# await suspends, and the other fields are read from that object even when
# another task replaces the attribute or item meanwhile (a lost update, as
# in CPython).
import asyncio
import dataclasses
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    name: str
    retries: int
    timeout: float


class Service:
    def __init__(self) -> None:
        self.settings = Settings("svc", 1, 0.5)
        self.slots = [Settings("a", 0, 1.0), Settings("b", 0, 2.0)]

    async def fetch_retries(self) -> int:
        await asyncio.sleep(0.01)
        return 3

    async def reload(self) -> None:
        self.settings = dataclasses.replace(self.settings, retries=await self.fetch_retries())
        i = 1
        self.slots[i] = dataclasses.replace(self.slots[i], retries=await self.fetch_retries())

    async def rename(self, name: str) -> None:
        await asyncio.sleep(0)
        self.settings = dataclasses.replace(self.settings, name=name)
        self.slots[1] = Settings(name, 9, 9.0)


async def main() -> None:
    svc = Service()
    await asyncio.gather(svc.reload(), svc.rename("renamed"))
    print(svc.settings)
    print(svc.slots)


asyncio.run(main())
