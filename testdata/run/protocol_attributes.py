# typing.Protocol with data members (name: str, priority: int) besides
# methods: implemented by class attributes (overridden in a subclass),
# by instance attributes set in __init__ and by dataclass fields; read
# through the protocol (sorting by them, f-strings), and seeing later
# changes of the implementing object.
import asyncio
from dataclasses import dataclass
from typing import Optional, Protocol


class Plugin(Protocol):
    name: str
    priority: int

    async def handle(self, msg: str) -> Optional[str]: ...


class Named(Protocol):
    name: str


class Upper:
    name = "upper"
    priority = 20

    async def handle(self, msg: str) -> Optional[str]:
        await asyncio.sleep(0)
        return msg.upper()


class ShoutingUpper(Upper):
    name = "shout"
    priority = 5

    async def handle(self, msg: str) -> Optional[str]:
        base = await super().handle(msg)
        return None if base is None else base + "!"


class Filter:
    def __init__(self, banned: str, priority: int) -> None:
        self.name = f"filter[{banned}]"
        self.priority = priority
        self.banned = banned

    async def handle(self, msg: str) -> Optional[str]:
        return None if self.banned in msg else msg


@dataclass
class Tagger:
    name: str
    priority: int
    tag: str = "#"

    async def handle(self, msg: str) -> Optional[str]:
        return f"{self.tag}{msg}"


async def run_chain(plugins: list[Plugin], msg: str) -> str:
    trail: list[str] = []
    current: Optional[str] = msg
    for p in sorted(plugins, key=lambda p: (p.priority, p.name)):
        if current is None:
            break
        current = await p.handle(current)
        trail.append(f"{p.name}@{p.priority}")
    return f"{current!r} via {' > '.join(trail)}"


def label(n: Named) -> str:
    return f"<{n.name}>"


async def main() -> None:
    f = Filter("spam", 10)
    t = Tagger("tagger", 30, tag="*")
    plugins: list[Plugin] = [Upper(), f, t, ShoutingUpper()]
    print(await run_chain(plugins, "hello"))
    print(await run_chain(plugins, "buy spam now"))
    f.priority = 1
    t.name = "tagger2"
    Upper.priority = 40
    print(await run_chain(plugins, "again"))
    print([label(p) for p in plugins], label(Upper()), label(t))
    first: Optional[Plugin] = plugins[0] if plugins else None
    if first is not None:
        print(first.name, first.priority)


asyncio.run(main())
