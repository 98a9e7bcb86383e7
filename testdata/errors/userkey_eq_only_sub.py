# A class defining __hash__ and __eq__ whose subclass defines __eq__ alone
# (unhashable in CPython: TypeError) cannot key dicts and sets, whichever
# way the collection is made: set(xs), s.add(x) on an empty set, d[k] = v
# on an empty dict and dict.fromkeys are refused as a display is (they
# compiled with identity keys: a wrong answer).
import asyncio


class Shape:
    def __init__(self, k: int) -> None:
        self.k = k

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Shape) and self.k == other.k

    def __hash__(self) -> int:
        return hash(self.k)


class Square(Shape):
    def __eq__(self, other: object) -> bool:
        return isinstance(other, Square) and self.k == other.k


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
