# A timeline of hourly slots whose __setitem__ and __delitem__ take
# int | slice: tl[9:12] = "meeting" passes slice(9, 12, None) and the class
# walks range(*s.indices(n)); del tl[:2] and tl[a:b] += "!" (read through
# __getitem__, stored through __setitem__ with the same slice object).
# Lists take slice objects in assignment and del too (xs[s] = ys, del xs[s]).
import asyncio


class Timeline:
    def __init__(self, hours: int) -> None:
        self.slots: list[str] = ["-"] * hours
        self.log: list[str] = []

    def __getitem__(self, i: slice) -> str:
        return "/".join(self.slots[i])

    def __setitem__(self, i: int | slice, label: str) -> None:
        if isinstance(i, slice):
            self.log.append(f"set {i.start}:{i.stop}:{i.step}")
            for h in range(*i.indices(len(self.slots))):
                self.slots[h] = label
        else:
            self.log.append(f"set {i}")
            self.slots[i] = label

    def __delitem__(self, i: slice) -> None:
        self.log.append(f"del {i!r}")
        del self.slots[i]

    def __str__(self) -> str:
        return " ".join(self.slots)


async def book(tl: Timeline, start: int, end: int, what: str) -> None:
    await asyncio.sleep(0.001 * start)
    tl[start:end] = what


async def main() -> None:
    tl = Timeline(8)
    await asyncio.gather(book(tl, 2, 4, "standup"), book(tl, 5, 7, "lunch"), book(tl, 3, 4, "call"))
    print(tl)
    tl[0] = "gym"
    tl[::3] = "x"
    tl[-1:] = "end"
    print(tl)
    del tl[:2]
    print(tl)
    tl[1:2] += "!"
    print(tl, "|", tl[1:3])
    print(tl.log)
    xs = list(range(10))
    evens = slice(None, None, 2)
    xs[evens] = [0] * 5
    del xs[slice(-3, None)]
    print(xs)
    head = slice(2)
    xs[head] = [7, 8, 9]
    print(xs)
    try:
        xs[evens] = [1]
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
