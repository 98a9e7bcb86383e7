"""Reading a JSON document typed with a recursive alias that includes None:
d.get(k) and d.pop(k, None) of a dict[str, Json] are Json, narrowed by isinstance."""
import asyncio
from typing import Union

Json = Union[None, bool, int, float, str, list["Json"], dict[str, "Json"]]


def path(doc: Json, keys: list[str]) -> Json:
    cur = doc
    for k in keys:
        if not isinstance(cur, dict):
            return None
        cur = cur.get(k)
    return cur


def ports(cfg: dict[str, Json]) -> list[int]:
    svc = cfg.get("services")
    out: list[int] = []
    if isinstance(svc, list):
        for s in svc:
            if isinstance(s, dict) and isinstance(p := s.get("port"), int) and not isinstance(p, bool):
                out.append(p)
    return out


async def main() -> None:
    cfg: dict[str, Json] = {
        "name": "edge",
        "services": [{"name": "web", "port": 8080}, {"name": "db", "port": None}, {"name": "cache", "port": 6379}],
        "limits": {"cpu": 1.5, "memory": None, "tags": ["a", "b"]},
        "debug": False,
    }
    print(ports(cfg))
    limits = cfg.get("limits")
    if isinstance(limits, dict):
        print(sorted(limits), limits.get("memory") is None, limits.get("swap") is None)
        cpu = limits.get("cpu")
        if isinstance(cpu, float):
            print(f"cpu {cpu * 2:.1f}")
    print(path(cfg, ["limits", "tags"]), path(cfg, ["limits", "cpu", "x"]), path(cfg, ["nope"]))
    old = cfg.pop("debug", None)
    gone = cfg.pop("verbose", None)
    print(old, gone, old is None, gone is None, sorted(cfg))
    await asyncio.sleep(0)


asyncio.run(main())
