# Slice objects: obj[a:b:c] passes slice(a, b, c) to a __getitem__ taking
# int | slice (narrowed by isinstance), slice(...) built directly, its
# start/stop/step/indices(), repr, ==, and lists, str, bytes, tuples, ranges
# and Sequences sliced by one (a zero step raises ValueError).
import asyncio
from typing import Iterator, Sequence


class Row:
    def __init__(self, cells: list[str]) -> None:
        self.cells = cells
        self.seen: list[slice | int] = []

    def __getitem__(self, i: int | slice) -> "str | Row":
        self.seen.append(i)
        if isinstance(i, slice):
            print("  slice", i, i.start, i.stop, i.step, i.indices(len(self.cells)))
            return Row(self.cells[i])
        return self.cells[i]

    def __len__(self) -> int:
        return len(self.cells)

    def __iter__(self) -> Iterator[str]:
        return iter(self.cells)

    def __repr__(self) -> str:
        return f"Row({self.cells})"


def window(xs: Sequence[int], s: slice) -> Sequence[int]:
    return xs[s]


async def main() -> None:
    r = Row(["a", "b", "c", "d", "e"])
    print(r[1], r[-1], r[1:3], r[::-1], r[:], r[::2], r[10:], r[-2:])
    print(r.seen)
    s = slice(1, 4)
    t = slice(3)
    u = slice(None, None, -2)
    print(s, t, u, repr(s), str(u), [s, t])
    print(s.start, s.stop, s.step, t.start, t.stop, u.step)
    print(s.indices(10), t.indices(2), u.indices(5), slice(-3, None).indices(5))
    xs = [10, 20, 30, 40, 50]
    print(xs[s], xs[t], xs[u], "hello"[s], b"bytes"[u], (1, 2, 3, 4)[t], range(10)[u], list(range(10)[s]))
    print(window(xs, s), window((5, 6, 7, 8), slice(1, None)))
    print(s == slice(1, 4), s == slice(1, 4, 1), s != t)
    i = 0
    parts = [slice(0, 2), slice(2, 4), slice(4, None)]
    for p in parts:
        await asyncio.sleep(0)
        sub = r[p]
        assert isinstance(sub, Row)
        print(p, xs[p], "".join(sub))
        i += 1
    try:
        print(xs[slice(None, None, 0)])
    except ValueError as e:
        print("ValueError:", e)
    try:
        slice(1, 2, 0).indices(3)
    except ValueError as e:
        print("ValueError:", e)
    try:
        slice(1).indices(-1)
    except ValueError as e:
        print("ValueError:", e)
    v = r[2]
    if isinstance(v, str):
        print(v.upper())


asyncio.run(main())
