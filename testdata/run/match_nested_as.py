# aiogo: extensions
# Captures nested in case patterns: "P as name" inside a sequence pattern
# or parentheses (case ["go", ("north" | "south") as d],
# case [Point() as first, *rest], case ((1 | 2) as n)).
import asyncio
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def command(line: str, pos: list[int]) -> str:
    match line.split():
        case ["go", ("north" | "south") as d]:
            pos[1] += 1 if d == "north" else -1
            return f"moved {d}"
        case ["go", d]:
            return f"cannot go {d}"
        case [("say" | "shout") as verb, *words] if words:
            text = " ".join(words)
            return f"{verb}: {text.upper() if verb == 'shout' else text}"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
        case []:
            return "empty"
    return "unreachable"


def first_point(shapes: list[Point]) -> str:
    match shapes:
        case [Point(x=0) as p, *rest]:
            return f"starts on the y axis at {p.y}, {len(rest)} more"
        case [(Point(y=0) as p)]:
            return f"single point on the x axis at {p.x}"
        case [p, q]:
            return f"two points {p} {q}"
    return "other"


def small(n: int) -> str:
    match n:
        case ((1 | 2) as k):
            return f"tiny {k}"
        case (3 | 4 | 5) as k:
            return f"small {k}"
    return "big"


async def main() -> None:
    pos = [0, 0]
    for cmd in ["go north", "go south", "go west", "say hi there", "shout hi", "say", "", "dance"]:
        await asyncio.sleep(0)
        print(f"{cmd!r:>16}: {command(cmd, pos)}")
    print(pos)
    print(first_point([Point(0, 4), Point(1, 1)]), "|", first_point([Point(7, 0)]), "|",
          first_point([Point(1, 2), Point(3, 4)]), "|", first_point([]))
    print([small(n) for n in range(7)])


asyncio.run(main())
