# An exception's args are typeshed's Any: sorted, min, max and < order them
# at run time as CPython does, __lt__ of user classes included, raising
# TypeError where the values do not order (these were refused).
import asyncio
from dataclasses import dataclass


@dataclass(order=True)
class V:
    n: int


class W:
    def __init__(self, n: int) -> None:
        self.n = n

    def __lt__(self, o: "W") -> bool:
        return self.n < o.n

    def __repr__(self) -> str:
        return f"W({self.n})"


async def main() -> None:
    errs = [ValueError(3), ValueError(1), ValueError(2.5)]
    print(sorted(e.args[0] for e in errs), max(e.args[0] for e in errs))
    print(min([e.args[0] for e in errs]), errs[0].args[0] > 2, errs[1].args[0] <= errs[2].args[0])
    objs = [KeyError(V(2)), KeyError(V(1))]
    print(sorted(e.args[0] for e in objs))
    ws = [KeyError(W(2)), KeyError(W(1))]
    print(sorted(e.args[0] for e in ws), ws[0].args[0] > ws[1].args[0])
    strs = [KeyError("b"), KeyError("a")]
    print(sorted((e.args[0] for e in strs), reverse=True))
    mixed = [KeyError("b"), KeyError(1)]
    try:
        print(sorted(e.args[0] for e in mixed))
    except TypeError as t:
        print("TypeError", t)
    tups = [KeyError((1, "b")), KeyError((1, "a"))]
    print(sorted(e.args[0] for e in tups))


asyncio.run(main())
