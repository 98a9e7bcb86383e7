import asyncio
from typing import Optional, Union

Config = dict[str, Union[str, int, None, "Config"]]
Nested = list[Union[int, None, "Nested"]]


def show(c: Config, depth: int = 0) -> None:
    for k, v in sorted(c.items()):
        if isinstance(v, dict):
            print("  " * depth + k + ":")
            show(v, depth + 1)
        elif v is None:
            print("  " * depth + k + " = (unset)")
        else:
            print("  " * depth + f"{k} = {v!r}")


def lookup(c: Config, path: str) -> Union[str, int, None, Config]:
    cur: Union[str, int, None, Config] = c
    for part in path.split("."):
        if not isinstance(cur, dict):
            return None
        cur = cur.get(part)
    return cur


def merge(base: Config, over: Config) -> Config:
    out: Config = dict(base)
    for k, v in over.items():
        old = out.get(k)
        if isinstance(old, dict) and isinstance(v, dict):
            out[k] = merge(old, v)
        else:
            out[k] = v
    return out


def total(n: Nested) -> int:
    s = 0
    for x in n:
        if isinstance(x, list):
            s += total(x)
        elif x is not None:
            s += x
    return s


def flatten(n: Nested, out: Optional[list[int]] = None) -> list[int]:
    acc = out if out is not None else []
    for x in n:
        if isinstance(x, list):
            flatten(x, acc)
        elif x is not None:
            acc.append(x)
    return acc


async def main() -> None:
    base: Config = {"name": "svc", "port": 8080, "tls": None,
                    "db": {"host": "h", "pool": {"size": 4, "max": None}}}
    over: Config = {"port": 9090, "db": {"pool": {"max": 16}, "user": "app"}, "debug": None}
    await asyncio.sleep(0)
    cfg = merge(base, over)
    show(cfg)
    print(cfg)
    print(lookup(cfg, "db.pool.max"), lookup(cfg, "db.pool.min"), lookup(cfg, "tls"), lookup(cfg, "name.x"))
    print(cfg == merge(base, over), base["db"] == over["db"])
    tree: Nested = [1, None, [2, [3, None]], 4]
    tree.append([None, 5])
    print(tree, total(tree), flatten(tree))


asyncio.run(main())
