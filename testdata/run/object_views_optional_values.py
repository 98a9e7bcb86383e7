import asyncio
from collections.abc import Mapping, Sequence
from typing import Callable, Optional, Union

Value = Union[str, int, float, bool, None, list["Value"], dict[str, "Value"]]
Check = Callable[[object], Optional[str]]


def is_port(v: object) -> Optional[str]:
    if isinstance(v, bool) or not isinstance(v, int):
        return "not an int"
    return None if 0 < v < 65536 else f"port {v} out of range"


def non_empty(v: object) -> Optional[str]:
    if isinstance(v, Sequence) and not isinstance(v, str) and len(v) == 0:
        return "empty list"
    return None


def validate(path: str, v: object, rules: Mapping[str, Check], errors: list[str]) -> int:
    checked = 0
    rule = rules.get(path)
    if rule is not None and callable(rule):
        msg = rule(v)
        checked += 1
        if msg:
            errors.append(f"{path}: {msg}")
    if isinstance(v, Mapping):
        for k in sorted(v):
            checked += validate(f"{path}.{k}" if path else str(k), v[k], rules, errors)
    elif isinstance(v, Sequence) and not isinstance(v, str):
        for i, item in enumerate(v):
            checked += validate(f"{path}[{i}]", item, rules, errors)
    return checked


def describe(v: Value) -> str:
    if v is None:
        return "null"
    if isinstance(v, list):
        return "[" + ", ".join(describe(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {describe(x)}" for k, x in v.items()) + "}"
    return repr(v)


async def main() -> None:
    cfg: dict[str, Value] = {
        "server": {"port": 8080, "hosts": ["a", "b"], "tls": None},
        "db": {"port": 70000, "replicas": []},
        "debug": True,
    }
    rules = {
        "server.port": is_port,
        "db.port": is_port,
        "db.replicas": non_empty,
        "debug": lambda v: None if isinstance(v, bool) else "not a bool",
    }
    errors: list[str] = []
    await asyncio.sleep(0)
    n = validate("", cfg, rules, errors)
    print("checked", n)
    for e in errors:
        print(" ", e)
    print(describe(cfg))
    lookup = cfg.get("server")
    if isinstance(lookup, dict):
        print(sorted(lookup), lookup.get("tls"))


asyncio.run(main())
