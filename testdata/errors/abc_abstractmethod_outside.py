# @abstractmethod without the extensions opt-in: the one message is the
# import's (abc is an aiogo extension), not "method decorator is not
# supported yet" at each decorated method.
import asyncio
from abc import ABC, abstractmethod


class Observer(ABC):
    @abstractmethod
    async def notify(self, event: str) -> None: ...


class Printer(Observer):
    async def notify(self, event: str) -> None:
        print("got", event)


async def main() -> None:
    await Printer().notify("x")


asyncio.run(main())
