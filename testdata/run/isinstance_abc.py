"""isinstance with collections.abc classes: Mapping/Sequence/AbstractSet tests on object values and on typed
ones, narrowing object to a dict by Mapping, and sorting keys of type Any from such a dict."""
import asyncio
from collections.abc import Mapping, MutableMapping, MutableSequence, MutableSet, Sequence
from typing import AbstractSet


def kind(v: object) -> str:
    if isinstance(v, Mapping):
        return f"mapping of {len(v)}: {sorted(v)}"
    if isinstance(v, MutableSequence):
        return "mutable sequence"
    if isinstance(v, MutableSet):
        return f"mutable set of {len(v)}"
    if isinstance(v, (Sequence, AbstractSet)):
        return "sequence or set"
    return "scalar"


def render(value: object, indent: int = 0) -> list[str]:
    pad = "  " * indent
    if isinstance(value, Mapping):
        lines = []
        for k in sorted(value):
            v = value[k]
            if isinstance(v, (Mapping, list)):
                lines.append(f"{pad}{k}:")
                lines.extend(render(v, indent + 1))
            else:
                lines.append(f"{pad}{k}: {v}")
        return lines
    if isinstance(value, list):
        return [f"{pad}- {line.strip()}" for item in value for line in render(item, indent)]
    return [f"{pad}{value}"]


async def main() -> None:
    samples: list[object] = [{"b": 1, "a": 2}, [3, 4, 5], (1,), "text", b"raw", range(2), {1, 2},
                             frozenset({3}), bytearray(b"xy"), 7, 2.5, None, True]
    for s in samples:
        print(f"{type(s).__name__:>10}: {kind(s)}")
    typed: list[int] = [1]
    counts: dict[str, int] = {}
    print(isinstance(typed, Sequence), isinstance(typed, Mapping), isinstance(counts, MutableMapping),
          isinstance(counts.keys(), AbstractSet), isinstance({1}, MutableSet), isinstance(frozenset(), MutableSet))
    await asyncio.sleep(0)
    config: dict[str, object] = {"name": "web", "db": {"pool": 5, "hosts": ["a", "b"]}, "ports": [80, {"tls": 443}]}
    print("\n".join(render(config)))
    mixed: object = {1: "x", "a": "y"}
    try:
        if isinstance(mixed, Mapping):
            print(sorted(mixed))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
