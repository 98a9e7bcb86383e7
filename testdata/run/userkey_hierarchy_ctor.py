# A class defining __hash__ and __eq__ that has subclasses keys dicts and
# sets by value whichever way the collection is made: set(xs), s.add(x) on
# an empty set, d[k] = v on an empty dict and dict.fromkeys (every class of
# the hierarchy implements the runtime's UserKey).
import asyncio


class Shape:
    def __init__(self, k: int) -> None:
        self.k = k

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Shape) and self.k == other.k

    def __hash__(self) -> int:
        return hash(self.k)


class Square(Shape):
    pass


async def main() -> None:
    shapes: list[Shape] = [Shape(1), Square(1), Shape(2)]
    u = set(shapes)
    s = set()
    for x in shapes:
        s.add(x)
    d = {}
    d[shapes[0]] = 1
    e = dict.fromkeys(shapes, 0)
    print(len(u), len(s), len(d), len(e))


asyncio.run(main())
