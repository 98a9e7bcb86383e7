import asyncio
from typing import TypedDict


class Point(TypedDict):
    x: int
    y: int


class Config(TypedDict, total=False):
    host: str
    port: int


def origin(p: Point) -> bool:
    return p == {"x": 0, "y": 0}


async def main() -> None:
    p: Point = {"x": 1, "y": 2}
    q = Point(x=0, y=0)
    plain = {"x": 1, "y": 2}
    print(p == plain, p != plain, plain == p, origin(p), origin(q), p == q)
    print(p == {"x": 1, "y": 2.0}, p == {"x": 1}, p == {"x": 1, "y": 3})
    c: Config = {"host": "h"}
    print(c == {"host": "h"}, c == {"host": "h", "port": 80}, c == {})
    scores = {"a": 1.0}
    counts = {"a": 1}
    print(scores == counts, abs(True), abs(False), abs(-2) + abs(True))
    await asyncio.sleep(0)


asyncio.run(main())
