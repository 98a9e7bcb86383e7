# type(x) values compared by identity: one class object per class, so sets
# and dicts of them, list.index and == find the same class from different
# instances (each type(x) made a new object: a set of the classes of three
# instances of two classes had three members, and index raised ValueError).
import asyncio


class Shape:
    def area(self) -> float:
        return 0.0


class Square(Shape):
    def __init__(self, s: float) -> None:
        self.s = s

    def area(self) -> float:
        return self.s * self.s


class Circle(Shape):
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return 3.14159 * self.r * self.r


async def main() -> None:
    shapes: list[Shape] = [Square(2), Circle(1), Square(3), Shape(), Circle(0.5)]
    await asyncio.sleep(0)
    kinds = {type(s) for s in shapes}
    print(len(kinds), sorted(k.__name__ for k in kinds))
    order = [type(s) for s in shapes]
    print(order.count(type(shapes[0])), order.index(type(shapes[4])), type(shapes[0]) == type(shapes[2]))
    area_by_kind: dict[str, float] = {}
    firsts = {type(s): i for i, s in reversed(list(enumerate(shapes)))}
    for s in shapes:
        area_by_kind[type(s).__name__] = area_by_kind.get(type(s).__name__, 0.0) + s.area()
    print({k.__name__: i for k, i in firsts.items()}, {k: round(v, 3) for k, v in area_by_kind.items()})
    print(type(1) in {type(2), type(3)}, type(1.5) == type(2.5), len({type(v) for v in ["a", "b", "c"]}))


asyncio.run(main())
