import asyncio
from collections.abc import Mapping, Sequence
from typing import Union

Cell = Union[int, str, list[int]]


def render(v: object, indent: int = 0) -> list[str]:
    pad = "  " * indent
    if isinstance(v, str):
        return [pad + repr(v)]
    if isinstance(v, Mapping):
        lines = [pad + "{"]
        for k in sorted(v):
            lines.append(f"{pad}  {k}:")
            lines.extend(render(v[k], indent + 2))
        return lines + [pad + "}"]
    if isinstance(v, Sequence):
        if not v:
            return [pad + "(empty)"]
        head = f"{pad}seq len={len(v)} last={v[-1]!r} has0={0 in v}"
        return [head] + [line for item in v for line in render(item, indent + 1)]
    return [pad + str(v)]


def tail(v: object) -> str:
    if isinstance(v, Sequence):
        return f"{v[1:]!r} {list(v)} {v.count(1)} {v == [1, 2]}"
    return "-"


def width(c: Cell) -> int:
    if isinstance(c, Sequence):
        return len(c)
    return 1


async def main() -> None:
    inner: dict[str, object] = {"r": range(3), "b": b"hi", "e": []}
    doc: dict[str, object] = {
        "name": "cfg",
        "ports": [80, 443],
        "pair": (0, "x"),
        "nested": inner,
    }
    await asyncio.sleep(0)
    for line in render(doc):
        print(line)
    cells: list[Cell] = [3, "abcd", [1, 2, 3]]
    print([width(c) for c in cells])
    print(tail([1, 2]), tail((1, 1, 3)), tail(range(4)), tail(5))
    try:
        items: object = (1, 2)
        if isinstance(items, Sequence):
            print(items[5])
    except IndexError as e:
        print("IndexError:", e)


asyncio.run(main())
