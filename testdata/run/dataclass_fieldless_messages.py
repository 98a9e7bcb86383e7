# Actor mailboxes carry message dataclasses; Stop and Ping have no fields
# (equality and ordering then compare only the class).
import asyncio
from dataclasses import dataclass
from typing import Union


@dataclass
class Stop:
    pass


@dataclass(order=True)
class Ping:
    pass


@dataclass
class Add:
    amount: int


Message = Union[Add, Ping, Stop]


async def counter(box: "asyncio.Queue[Message]") -> int:
    total = 0
    while True:
        msg = await box.get()
        if isinstance(msg, Stop):
            return total
        if isinstance(msg, Ping):
            print("ping at", total)
        else:
            total += msg.amount


async def main() -> None:
    box: asyncio.Queue[Message] = asyncio.Queue()
    msgs: list[Message] = [Add(2), Ping(), Add(5), Stop()]
    for m in msgs:
        box.put_nowait(m)
    print("total:", await counter(box))
    print(Stop() == Stop(), Stop() != Stop(), Ping() <= Ping(), Ping() < Ping())
    print(Stop(), [Ping(), Add(1)], Stop() in [Add(3), Stop()])
    print(sorted([Ping(), Ping()]))


asyncio.run(main())
