"""Callables compared: observers added and removed by bound method (==: same function and receiver),
function identity (is), callables in lists and tuples."""
import asyncio
from typing import Callable, Optional


class Base:
    def __init__(self, name: str) -> None:
        self.name = name

    def handle(self, s: str) -> None:
        print(self.name, "base", s)


class Sub(Base):
    def handle(self, s: str) -> None:
        print(self.name, "sub", s)


class Logger:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def log(self, s: str) -> None:
        self.lines.append(s)


class Hub:
    def __init__(self) -> None:
        self.subs: list[Callable[[str], None]] = []
        self.fallback: Optional[Callable[[str], None]] = None

    def add(self, cb: Callable[[str], None]) -> None:
        if cb in self.subs:
            print("already subscribed")
            return
        self.subs.append(cb)

    def remove(self, cb: Callable[[str], None]) -> None:
        self.subs.remove(cb)

    def send(self, s: str) -> None:
        for cb in self.subs:
            cb(s)
        if self.fallback is not None:
            self.fallback(s)


def shout(s: str) -> None:
    print(s.upper())


async def main() -> None:
    hub = Hub()
    objs: list[Base] = [Base("a"), Sub("b"), Sub("c")]
    for o in objs:
        hub.add(o.handle)
    hub.add(objs[1].handle)
    hub.send("one")
    hub.remove(objs[1].handle)
    hub.send("two")
    print(objs[0].handle == objs[0].handle, objs[1].handle == objs[2].handle, objs[0].handle != objs[2].handle)
    h = objs[2].handle
    print(h is h, h == objs[2].handle, h is objs[2].handle)
    hub.fallback = h
    print(hub.fallback is h, hub.fallback == objs[2].handle, hub.subs.index(objs[2].handle), hub.subs.count(h))

    lg = Logger()
    hub2 = Hub()
    for cb in [shout, shout, lg.log, lg.log, Logger().log]:
        hub2.add(cb)
    print(len(hub2.subs))
    hub2.remove(lg.log)
    hub2.send("three")
    print(lg.lines, len(hub2.subs))
    print(shout is shout, lg.log == lg.log, lg.log is lg.log, lg.log == Logger().log)
    g = shout
    print(g is shout, g == shout, g is not shout, g != shout)

    lam: Callable[[str], None] = lambda s: None
    fs: list[Callable[[str], None]] = [lam, print, shout]
    print(fs.index(shout), lam in fs, [shout] == [shout], (shout, 1) == (shout, 1), [lam] == [shout])
    pairs: list[tuple[str, Callable[[str], None]]] = [("x", shout)]
    print(("x", shout) in pairs, ("x", lam) in pairs)
    try:
        hub.remove(lam)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
