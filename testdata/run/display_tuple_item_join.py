# Tuples in an unannotated display join item by item, as mypy does:
# [(3.7, "d"), (p, ">10")] is a list[tuple[object, str]], so its elements
# unpack; tuples of different lengths join to tuple[object, ...].
import asyncio
from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float


async def cell(v: object, spec: str) -> str:
    await asyncio.sleep(0)
    try:
        return f"[{v:{spec}}]"
    except (ValueError, TypeError) as e:
        return f"<{type(e).__name__}: {e}>"


async def main() -> None:
    for v, spec in [(3.7, "d"), ("s", "d"), (Point(1.0, 2.5), ">10"), (Point(0.5, 0.0), ""),
                    (42, ",.2f"), (1.5, "x"), ("abc", ">5"), (None, "")]:
        print(f"{spec:<5}", await cell(v, spec))
    rows = [("a", None, 1), ("b", 2, [1]), ("c", "x", Point(1.5, 2.0)), ("d", 2.5, "s")]
    for name, val, extra in rows:
        if isinstance(val, int):
            print(name, val + 1, extra)
        elif isinstance(val, str):
            print(name, val.upper(), extra)
        else:
            print(name, val, extra)
    routes = [("GET", "/"), ("POST", "/items", 201), ("DELETE", "/items/7", 204, "gone")]
    for r in routes:
        print(len(r), r[0], r[1:])
    seen = {(1, "a"), ("b", 2)}
    probe = (1, "a")
    print(len(seen), probe in seen, ("b", 2) in seen, (2, "b") not in seen, probe in [(1, "a"), ("x", 0.5)])
    nested = {"k": ("one", (1, "x")), "j": ("two", ([2], None))}
    for key, (label, (a, b)) in nested.items():
        print(key, label, a, b)


asyncio.run(main())
