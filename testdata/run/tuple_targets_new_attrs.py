"""Attributes first assigned by tuple unpacking in a method other than
__init__ (self.lo, self.hi = 0, n in reset()): declared there, typed by the
assignment, absent (AttributeError) until it runs, as in CPython."""


class Window:
    def __init__(self, xs: list[int]) -> None:
        self.xs = xs

    def reset(self) -> None:
        self.lo, self.hi = 0, len(self.xs)
        (self.best, self.where), self.steps = (self.xs[0], 0), 0

    def shrink(self) -> None:
        while self.hi - self.lo > 1:
            mid = (self.lo + self.hi) // 2
            self.steps += 1
            if self.xs[mid] > self.best:
                self.best, self.where = self.xs[mid], mid
            self.lo, self.hi = (mid, self.hi) if self.xs[mid] >= self.xs[self.lo] else (self.lo, mid)


w = Window([3, 5, 9, 4, 2])
try:
    print(w.lo)
except AttributeError as e:
    print(e)
w.reset()
w.shrink()
print(w.lo, w.hi, w.best, w.where, w.steps)
