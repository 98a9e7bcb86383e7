"""Attributes first bound as loop targets in a method other than __init__
(for self.pos in ..., for self.idx, v in enumerate(...)): declared there,
typed by the loop, absent until it runs, as in CPython."""


class Scanner:
    def __init__(self, text: str) -> None:
        self.text = text

    def count(self, ch: str) -> int:
        n = 0
        for self.pos in range(len(self.text)):
            if self.text[self.pos] == ch:
                n += 1
        return n

    def last_upper(self) -> str:
        for self.idx, self.ch in enumerate(self.text):
            if self.ch.isupper():
                self.found = self.ch
        return getattr(self, "found", "-")


s = Scanner("baNaNa")
try:
    print(s.pos)
except AttributeError as e:
    print(e)
print(s.count("a"), s.pos, s.last_upper(), s.idx, s.ch)
print(Scanner("abc").last_upper())
