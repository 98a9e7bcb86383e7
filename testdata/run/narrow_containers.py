# isinstance narrowing to generic containers: from object (JSON-like trees), from unions.
import asyncio
from typing import Any, Optional, Union

def describe(x: object) -> str:
    if isinstance(x, bool):
        return f"bool:{x}"
    if isinstance(x, int):
        return f"int:{x}"
    if isinstance(x, list):
        return "list[" + ", ".join(describe(v) for v in x) + "]"
    if isinstance(x, tuple):
        return f"tuple of {len(x)}: {x}"
    if isinstance(x, dict):
        parts = [f"{k}={describe(v)}" for k, v in x.items()]
        return "{" + "; ".join(parts) + "}"
    if isinstance(x, str):
        return repr(x)
    return type(x).__name__

def flatten(v: int | list[int]) -> list[int]:
    if isinstance(v, list):
        return sorted(v)
    return [v]

def width(v: Optional[Union[str, list[str]]]) -> int:
    if v is None:
        return 0
    if isinstance(v, str):
        return len(v)
    return sum(len(s) for s in v)

def count_ints(items: list[object]) -> int:
    n = 0
    for it in items:
        if isinstance(it, int) and not isinstance(it, bool):
            n += 1
        elif isinstance(it, (list, tuple)):
            n += len(it)
    return n

def total(x: int | str | list[int]) -> int:
    if isinstance(x, (int, list)):
        if isinstance(x, int):
            return x
        return sum(x)
    return len(x)

Cfg = Union[int, str, dict[str, int], list[str], set[int]]
Val = Union[str, int, list[str], None]


def fill(v: Cfg) -> str:
    if isinstance(v, dict):
        v["n"] = len(v)
        return f"dict {v}"
    if isinstance(v, set):
        v.add(7)
        return f"set {v}"
    if isinstance(v, list):
        v.append("a")
        return f"list {v}"
    return f"scalar {v!r}"


def empty_members() -> None:
    # An empty collection where a union is expected takes its one member
    # of that kind, as mypy infers it.
    vals: list[Cfg] = [{}, [], set(), list(), dict(), 3, "s"]
    print([fill(v) for v in vals])
    print(fill({}), fill([]), fill(set()))
    ctx: dict[str, Val] = {"items": [], "n": 1, "none": None}
    guest: dict[str, Val] = {**ctx, "items": [], "extra": []}
    for d in (ctx, guest):
        for k, v in d.items():
            if isinstance(v, list):
                v.append(k)
        print(d)
    o: Optional[Union[int, list[int]]] = list()
    print(o)


async def main() -> None:
    data: list[object] = [1, True, "s", [1, [2, "x"]], (1, 2), {"a": 1, "b": [3]}, 2.5, None]
    for d in data:
        print(describe(d))
    print(flatten(3), flatten([3, 1, 2]))
    print(width(None), width("abc"), width(["ab", "c"]))
    print(count_ints([1, True, [1, 2], (3,), "x"]))
    print(total(4), total("abc"), total([1, 2, 3]))
    print(isinstance(True, int), isinstance(data, list))
    u: int | list[int] = [1]
    print(isinstance(u, list), isinstance(u, int))
    await asyncio.sleep(0)
    empty_members()
    items()
    await augmented()


def bump(d: dict[str, object]) -> None:
    if isinstance(d["n"], int):
        d["n"] = d["n"] + 1
    print(d)


def items() -> None:
    # An item read with a literal index narrows as a name does (mypy), until
    # an item store, a del or a mutating method call on the container.
    cfg: dict[str, object] = {"port": 8080, "name": "web"}
    if isinstance(cfg["port"], int) and cfg["port"] > 1024:
        print(f"high port {cfg['port'] + 1}")
    if isinstance(cfg["name"], str):
        print(cfg["name"].upper())
    bump({"n": 4})
    bump({"n": "x"})
    firsts: list[int | str] = [3, "a"]
    print(str(firsts[0] * 2) if isinstance(firsts[0], int) else "?")
    grid: list[list[int | None]] = [[1, None], [None, 2]]
    if grid[0][0] is not None:
        print(grid[0][0] + 100)
    xs: list[int | None] = [5, None, 7]
    while xs and xs[-1] is not None:
        print("last", xs[-1] + 1)
        xs.pop()
    print(xs)
    rec: tuple[str, int | None] = ("r", 4)
    print(rec[1] + 1 if rec[1] is not None else -1)
    nested: dict[str, dict[str, object]] = {"x": {"y": 2}}
    if isinstance(nested["x"]["y"], int):
        print(nested["x"]["y"] ** 2)


class Counter:
    def __init__(self) -> None:
        self.n: int | None = 1
        self.o: object = 2


async def tick() -> int:
    await asyncio.sleep(0)
    return 5


async def augmented() -> None:
    # Augmented assignment to a narrowed name, attribute or item.
    c = Counter()
    if c.n is not None:
        c.n += 1
        print(c.n)
    if isinstance(c.o, int):
        c.o += 3
        print(c.o)
    d: dict[str, int | None] = {"a": 1, "b": None}
    if d["a"] is not None:
        d["a"] += await tick()
        print(d["a"] * 2)
    if d["b"] is None:
        d["b"] = 3
        print(d)
    if c.n is not None:
        c.n += await tick()
        print(c.n)
    x: int | None = 3
    y: object = "s"
    if x is not None:
        x += 1
        print(x)
    if isinstance(y, str):
        y += "t"
        print(y)
    del d["a"]
    print(d)

asyncio.run(main())
