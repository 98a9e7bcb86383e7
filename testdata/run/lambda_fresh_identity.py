# Each evaluation of a lambda or a nested def makes a new function object,
# even when it captures nothing: `is`, ==, `in`, index() and remove() tell
# the ones made in a loop apart, as CPython does.
import asyncio
from typing import Awaitable, Callable

Handler = Callable[[str], str]


class Bus:
    def __init__(self) -> None:
        self.handlers: list[Handler] = []

    def subscribe(self, h: Handler) -> Handler:
        self.handlers.append(h)
        return h

    def unsubscribe(self, h: Handler) -> None:
        self.handlers.remove(h)

    def publish(self, msg: str) -> list[str]:
        return [h(msg) for h in self.handlers]


def make_shouter() -> Handler:
    def shout(s: str) -> str:
        return s.upper() + "!"

    return shout


def make_job() -> Callable[[], Awaitable[int]]:
    async def job() -> int:
        await asyncio.sleep(0)
        return 7

    return job


async def main() -> None:
    bus = Bus()
    subs = [bus.subscribe(lambda s: s.strip()) for _ in range(3)]
    print(len(bus.handlers), subs[0] is subs[1], subs[0] == subs[2], subs[1] in bus.handlers)
    print(bus.handlers.index(subs[2]), bus.handlers.count(subs[0]))
    bus.unsubscribe(subs[1])
    print(len(bus.handlers), bus.handlers[1] is subs[2], bus.publish("  hi "))
    a, b = make_shouter(), make_shouter()
    print(a is b, a == b, a("x"), b.__name__)
    j1, j2 = make_job(), make_job()
    print(j1 is j2, await j1() + await j2())
    keep: list[Callable[[int], int]] = []
    for i in range(2):
        keep.append(lambda n: n * 2)
    print(keep[0] is keep[1], [k(i) for k in keep])


asyncio.run(main())
