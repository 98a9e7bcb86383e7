# Type aliases recursive through each other (Value names "Config", Config
# names Value; Tree names "Node", Node names Tree), as mypy accepts: each
# stands for the other's definition while the first is read.
import asyncio
from typing import Union

Value = Union[int, float, bool, str, list[str], "Config"]
Config = dict[str, Value]

Tree = dict[str, "Node"]
Node = Union[int, str, Tree]


def deep_merge(base: Config, over: Config) -> Config:
    out: Config = dict(base)
    for k, v in over.items():
        cur = out.get(k)
        if isinstance(cur, dict) and isinstance(v, dict):
            out[k] = deep_merge(cur, v)
        else:
            out[k] = v
    return out


def flatten(cfg: Config, prefix: str = "") -> list[tuple[str, Value]]:
    rows: list[tuple[str, Value]] = []
    for k in sorted(cfg):
        v = cfg[k]
        if isinstance(v, dict):
            rows += flatten(v, f"{prefix}{k}.")
        else:
            rows.append((prefix + k, v))
    return rows


def depth(t: Tree) -> int:
    return 1 + max((depth(v) for v in t.values() if isinstance(v, dict)), default=0)


async def main() -> None:
    defaults: Config = {"app": {"name": "shop", "debug": False}, "db": {"pool": {"size": 5, "timeout": 2.5}}}
    override: Config = {"app": {"debug": True}, "db": {"pool": {"size": 20}}, "tags": ["a", "b"]}
    merged = deep_merge(defaults, override)
    for k, v in flatten(merged):
        print(f"{k:<14} {v!r}")
    print(defaults["db"])
    t: Tree = {"a": 1, "b": {"c": "x", "d": {"e": 2}}}
    print(depth(t), depth({}), t)
    await asyncio.sleep(0)


asyncio.run(main())
