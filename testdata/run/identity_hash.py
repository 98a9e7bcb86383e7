# Instances of a class without __eq__/__hash__ hash by identity: two distinct
# objects hash differently, one object always the same (the values themselves
# vary between runs, as CPython's do, so only comparisons are printed).
import asyncio


class Session:
    def __init__(self, user: str) -> None:
        self.user = user


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self) -> int:
        return hash((self.x, self.y))


async def main() -> None:
    a = Session("ann")
    b = Session("ann")
    print(hash(a) == hash(b), hash(a) == hash(a))
    seen: dict[int, str] = {}
    for s in (a, b, a):
        seen[hash(s)] = s.user
    print(len(seen))
    print(hash(Point(1, 2)) == hash(Point(1, 2)), hash(Point(1, 2)) == hash((1, 2)))
    t1 = asyncio.create_task(asyncio.sleep(0))
    t2 = asyncio.create_task(asyncio.sleep(0))
    print(hash(t1) == hash(t2), hash(t1) == hash(t1))
    await asyncio.gather(t1, t2)


asyncio.run(main())
