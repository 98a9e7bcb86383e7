"""Class attributes through type(self) and through instance expressions:
type(self).instances += 1 and type(self).total = ... in a class no other
class derives from store the class attribute (the augmented form crashed
the compiler), and reading one through an expression with effects
(Counter().instances, type(Counter(0)).instances) evaluates it first
(the construction was skipped: a wrong count). type(s).kind in a hierarchy
still reads the class of s."""
import asyncio


class Shape:
    kind = "shape"
    made = 0

    def label(self) -> str:
        return type(self).kind


class Sq(Shape):
    kind = "square"


class Counter:
    instances = 0
    total = 0.0

    def __init__(self, v: float) -> None:
        type(self).instances += 1
        type(self).total = type(self).total + v

    @classmethod
    def mean(cls) -> float:
        return cls.total / cls.instances


async def main() -> None:
    print(Shape().label(), Sq().label(), [type(s).kind for s in (Shape(), Sq())])
    for v in (1.5, 2, 3.25):
        Counter(v)
    print(Counter.instances, Counter.total, Counter.mean(), type(Counter(0)).instances)
    print(Counter(1).instances, Counter.instances, Counter(2).total)


asyncio.run(main())
