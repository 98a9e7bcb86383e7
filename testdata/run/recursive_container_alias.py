"""Recursive type aliases rooted in a dict or list whose recursion goes through a union."""
import asyncio
from typing import Union

Tree = dict[str, Union[int, "Tree"]]
Nested = list[Union[int, "Nested"]]
Config = dict[str, "str | bool | Config"]


def total(t: Tree) -> int:
    n = 0
    for child in t.values():
        n += child if isinstance(child, int) else total(child)
    return n


def depth(t: Tree) -> int:
    subs = [depth(c) for c in t.values() if isinstance(c, dict)]
    return 1 + max(subs, default=0)


def flatten(xs: Nested) -> list[int]:
    out: list[int] = []
    for x in xs:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out


def lookup(cfg: Config, path: str) -> str | bool | None:
    node: str | bool | Config = cfg
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return None if isinstance(node, dict) else node


async def build(prefix: str, fanout: int, levels: int) -> Tree:
    await asyncio.sleep(0)
    t: Tree = {}
    for i in range(fanout):
        name = f"{prefix}{i}"
        t[name] = await build(name + ".", fanout, levels - 1) if levels > 1 else len(name)
    return t


async def main() -> None:
    fs: Tree = {"etc": {"hosts": 120, "ssl": {"cert": 2048}}, "README": 64, "empty": {}}
    print(fs, total(fs), depth(fs))
    fs["tmp"] = {"x": 1}
    sub = fs["etc"]
    if isinstance(sub, dict):
        sub["passwd"] = 800
    print(total(fs), sorted(fs), len(fs))
    generated = await build("n", 2, 3)
    print(generated)
    print(total(generated), depth(generated))
    nested: Nested = [1, [2, [3, [4]], 5], [], 6]
    print(nested, flatten(nested))
    nested.append([7, [8]])
    print(flatten(nested), len(nested))
    cfg: Config = {"db": {"host": "localhost", "tls": True, "pool": {"size": "10"}}, "debug": False}
    for path in ["db.host", "db.tls", "db.pool.size", "db.pool", "debug", "db.port"]:
        print(path, "->", lookup(cfg, path))


asyncio.run(main())
