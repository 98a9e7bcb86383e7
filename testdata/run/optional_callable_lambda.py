# A lambda passed or assigned where an Optional Callable is expected
# (pred: Callable[[str], bool] | None = None) takes its parameter types from
# the Callable; anext(agen, default) with a default of another type (None,
# a str for an async generator of ints) is T | D, as next() is.
import asyncio
from typing import AsyncIterator, Callable, Optional


class StrField:
    def __init__(self, pred: Optional[Callable[[str], bool]] = None, fix: Callable[[str], str] | None = None) -> None:
        self.pred = pred
        self.fix = fix

    def check(self, v: str) -> str:
        if self.fix is not None:
            v = self.fix(v)
        if self.pred is not None and not self.pred(v):
            return f"{v!r} rejected"
        return f"{v!r} ok"


def count_if(xs: list[int], pred: Optional[Callable[[int], bool]]) -> int:
    return sum(1 for x in xs if pred is None or pred(x))


async def numbers(n: int) -> AsyncIterator[int]:
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10


async def main() -> None:
    f = StrField(pred=lambda s: s.isidentifier(), fix=lambda s: s.strip())
    g = StrField(lambda s: len(s) < 4)
    print(f.check("  good_name "), f.check("bad name"), g.check("abcd"), StrField().check("x"))
    xs = [1, 5, 8, 12]
    print(count_if(xs, lambda x: x > 4), count_if(xs, None))
    chooser: Optional[Callable[[int, int], int]] = lambda a, b: a if a > b else b
    if chooser is not None:
        print(chooser(3, 9))
    it = numbers(2)
    print(await anext(it, None), await anext(it, None), await anext(it, None))
    it2 = numbers(1)
    print(await anext(it2, "done"), await anext(it2, "done"), await anext(numbers(3), -1))


asyncio.run(main())
