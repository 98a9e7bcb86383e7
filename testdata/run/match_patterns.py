# match statements: class patterns (keyword, positional through a dataclass's
# fields or __match_args__, nested), sequences with *rest, literals, or, as,
# guards, mappings, int()/str() patterns, and match in loops and on awaits.
# aiogo: extensions
import asyncio
from dataclasses import dataclass, field
from typing import Optional, Union


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Point3(Point):
    z: int = 0


@dataclass
class Circle:
    center: Point
    r: float
    tags: list[str] = field(default_factory=list)


class Box:
    __match_args__ = ("w", "h")

    def __init__(self, w: int, h: int) -> None:
        self.w = w
        self.h = h


Shape = Union[Point, Circle, Box]


def describe(s: Shape) -> str:
    match s:
        case Point3(x, y, z=0):
            return f"flat 3d point {x},{y}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x, y):
            return f"point {x},{y}"
        case Circle(Point(x=cx, y=cy), r) if r > 10:
            return f"big circle at {cx},{cy}"
        case Circle(center=c, r=r, tags=["red", *others]):
            return f"red circle r={r} c={c} others={others}"
        case Circle() as circ:
            return f"circle {circ.r}"
        case Box(w, h) if w == h:
            return f"square {w}"
        case Box(w, h):
            return f"box {w}x{h}"
    return "unreachable"


def command(line: str) -> str:
    match line.split():
        case []:
            return "empty"
        case ["quit" | "exit"]:
            return "bye"
        case ["get", key]:
            return f"GET {key}"
        case ["set", key, value]:
            return f"SET {key}={value}"
        case ["mset", *pairs] if len(pairs) % 2 == 0:
            return f"MSET {dict(zip(pairs[::2], pairs[1::2]))}"
        case ["del", first, *rest]:
            return f"DEL {[first] + rest}"
        case [cmd, *_]:
            return f"unknown {cmd!r}"
    return "?"


def literal(v: Optional[Union[int, str, bool]]) -> str:
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1:
            return "bit"
        case -1:
            return "minus one"
        case int(n) if n > 100:
            return f"big {n}"
        case int():
            return "int"
        case str() as s if s.startswith("x"):
            return f"x-string {s}"
        case str(s):
            return f"string {s!r}"
        case _:
            return "other"
    return "?"


def event(msg: dict[str, str]) -> str:
    match msg:
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unhandled {t}"
        case _:
            return "malformed"


async def main() -> None:
    shapes: list[Shape] = [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Point3(1, 2), Point3(1, 2, 3),
                           Circle(Point(1, 1), 20.0), Circle(Point(0, 0), 2.0, ["red", "big"]), Circle(Point(2, 2), 1.5),
                           Box(2, 2), Box(2, 3)]
    for s in shapes:
        print(describe(s))
    for line in ["", "quit", "exit now", "get a", "set a 1", "mset a 1 b 2", "mset a", "del x y z", "del", "frob 1"]:
        print(f"{line!r:>16} -> {command(line)}")
    values: list[Optional[Union[int, str, bool]]] = [None, True, False, 0, 1, -1, 500, 7, "xyz", "abc"]
    for v in values:
        print(repr(v), literal(v))
    for m in [{"type": "click", "x": "1", "y": "2"}, {"type": "key", "key": "q"}, {"type": "scroll"}, {"t": "x"}]:
        print(event(m))
    total = 0
    for item in [1, 2, 3, 4]:
        match item:
            case 2:
                continue
            case 4:
                break
            case n:
                total += n
    print("total", total)
    q: asyncio.Queue[tuple[str, int]] = asyncio.Queue()
    for job in [("add", 3), ("mul", 4), ("noop", 0), ("add", -2)]:
        q.put_nowait(job)
    acc = 1
    while not q.empty():
        match await q.get():
            case ("add", n):
                acc += n
            case ("mul", n):
                acc *= n
            case (op, _):
                print("skip", op)
    print("acc", acc)


asyncio.run(main())
