# Recursive type aliases: JSON-like configuration documents (deep merge,
# flattening to dotted keys, validation) and an S-expression evaluator.
import asyncio
from typing import TypeAlias, Union

Json: TypeAlias = dict[str, "Json"] | list["Json"] | str | int | float | bool | None
Expr = Union[int, str, list["Expr"]]


def deep_merge(base: Json, override: Json) -> Json:
    if isinstance(base, dict) and isinstance(override, dict):
        merged: dict[str, Json] = dict(base)
        for key, value in override.items():
            merged[key] = deep_merge(base[key], value) if key in base else value
        return merged
    return override


def flatten(prefix: str, value: Json, out: dict[str, Json]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            flatten(f"{prefix}.{k}" if prefix else k, v, out)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            flatten(f"{prefix}[{i}]", item, out)
    else:
        out[prefix] = value


def count_leaves(value: Json) -> int:
    if isinstance(value, dict):
        return sum(count_leaves(v) for v in value.values())
    if isinstance(value, list):
        return sum(count_leaves(v) for v in value)
    return 1


def validate(doc: Json) -> list[str]:
    problems: list[str] = []
    if not isinstance(doc, dict):
        return ["document must be an object"]
    port = doc.get("port")
    if not isinstance(port, int) or isinstance(port, bool):
        problems.append(f"port must be an int, got {port!r}")
    hosts = doc.get("hosts", [])
    if isinstance(hosts, list):
        for h in hosts:
            if not isinstance(h, str):
                problems.append(f"host {h!r} is not a string")
    return problems


def evaluate(e: Expr, env: dict[str, int]) -> int:
    if isinstance(e, int):
        return e
    if isinstance(e, str):
        return env[e]
    op, *args = e
    values = [evaluate(a, env) for a in args]
    if op == "+":
        return sum(values)
    if op == "*":
        result = 1
        for v in values:
            result *= v
        return result
    if op == "max":
        return max(values)
    raise ValueError(f"unknown operator {op!r}")


async def load(name: str, delay: float) -> Json:
    await asyncio.sleep(delay)
    if name == "defaults":
        return {"port": 8080, "debug": False, "hosts": ["a", "b"], "db": {"user": "app", "pool": 4}}
    return {"port": 9090, "db": {"pool": 16, "timeout": 2.5}, "tags": [1, [2, 3]]}


async def main() -> None:
    defaults, local = await asyncio.gather(load("defaults", 0.002), load("local", 0.001))
    config = deep_merge(defaults, local)
    print(config)
    flat: dict[str, Json] = {}
    flatten("", config, flat)
    for key in sorted(flat):
        print(f"{key:<12} = {flat[key]!r}")
    print("leaves:", count_leaves(config))
    print(validate(config))
    print(validate({"port": True, "hosts": ["x", 3, None]}))
    print(validate([1, 2]))
    program: Expr = ["+", 1, ["*", "x", 3], ["max", "y", 10, ["+", "x", "y"]]]
    print(evaluate(program, {"x": 4, "y": 7}))
    try:
        evaluate(["-", 1], {})
    except ValueError as e:
        print("error:", e)


asyncio.run(main())
