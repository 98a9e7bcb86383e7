"""Overrides whose signatures differ from the base's as mypy allows: a
narrower result (covariant clone(), int for int | None, a subclass from a
property), a wider parameter (object for int), extra parameters with
defaults, async overrides with narrower results, and a third level that
narrows again. Calls go through the base type and through the subclass."""
import asyncio
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Node:
    name: str
    children: list["Node"] = field(default_factory=list)

    def copy(self) -> "Node":
        return Node(self.name, [c.copy() for c in self.children])

    def lookup(self, key: str) -> Optional[str]:
        return None

    def render(self, indent: int) -> str:
        pad = " " * indent
        lines = [pad + self.name]
        for c in self.children:
            lines.append(c.render(indent + 2))
        return "\n".join(lines)

    def accepts(self, value: int) -> bool:
        return value > 0

    @property
    def label(self) -> Optional[str]:
        return None


@dataclass
class Tagged(Node):
    tags: dict[str, str] = field(default_factory=dict)

    def copy(self) -> "Tagged":
        return Tagged(self.name, [c.copy() for c in self.children], dict(self.tags))

    def lookup(self, key: str) -> str:
        return self.tags.get(key, "-")

    def render(self, indent: int, marker: str = "*") -> str:
        return " " * indent + marker + " " + self.name + " " + str(sorted(self.tags))

    def accepts(self, value: object) -> bool:
        return isinstance(value, int) and value % 2 == 0

    @property
    def label(self) -> str:
        return self.name.upper()


class Pinned(Tagged):
    def copy(self) -> "Pinned":
        p = Pinned(self.name, [], dict(self.tags))
        p.tags["pinned"] = "yes"
        return p

    def render(self, indent: int, marker: str = "*", suffix: str = "!") -> str:
        return super().render(indent, marker) + suffix


class Source:
    def __init__(self, name: str) -> None:
        self.name = name

    async def fetch(self, attempt: int) -> Optional[str]:
        await asyncio.sleep(0)
        return None

    async def size(self) -> float:
        await asyncio.sleep(0)
        return 0.5


class Mirror(Source):
    async def fetch(self, attempt: int, verbose: bool = False) -> str:
        await asyncio.sleep(0)
        text = f"{self.name}#{attempt}"
        return text + " (verbose)" if verbose else text

    async def size(self) -> float:
        return 2.0


async def probe(src: Source) -> str:
    got = await src.fetch(1)
    return f"{src.name}: {got!r} size={await src.size()}"


async def main() -> None:
    root = Node("root", [Node("a"), Tagged("b", [], {"k": "v"})])
    nodes: list[Node] = [root, Tagged("t", [Node("x")], {"z": "1", "a": "2"}), Pinned("p", [], {})]
    for n in nodes:
        c = n.copy()
        print(type(c).__name__, c.name, c.lookup("k"), c.accepts(4), c.accepts(3), c.label)
        print(c.render(1))
    t = Tagged("solo", [], {"k": "value"})
    t2 = t.copy()
    t2.tags["new"] = "1"
    print(t2.lookup("k").upper(), sorted(t2.tags), t.tags)
    print(t.render(0, "-"), t.accepts("text"), t.label.lower())
    p = Pinned("pin", [], {"k": "w"}).copy()
    print(p.tags, p.render(2, "+", "?"))
    for src in [Source("origin"), Mirror("m1")]:
        print(await probe(src))
    m = Mirror("m2")
    print((await m.fetch(2, verbose=True)).upper(), await m.size())
    results = await asyncio.gather(*(s.fetch(i) for i, s in enumerate([Mirror("g"), Source("h")])))
    print(results)


asyncio.run(main())
