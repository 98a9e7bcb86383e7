# next() on instances of user iterator classes (__iter__ returning self,
# __next__ raising StopIteration): next(obj) calls obj.__next__() and lets
# its StopIteration propagate; next(obj, default) returns the default.
import asyncio
from typing import Optional


class Tokens:
    def __init__(self, text: str) -> None:
        self.words = text.split()
        self.pos = 0

    def __iter__(self) -> "Tokens":
        return self

    def __next__(self) -> str:
        if self.pos >= len(self.words):
            raise StopIteration
        self.pos += 1
        return self.words[self.pos - 1]


class Countdown:
    def __init__(self, n: int) -> None:
        self.n = n

    def __next__(self) -> int:
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n + 1


def parse_pairs(text: str) -> dict[str, int]:
    toks = Tokens(text)
    out: dict[str, int] = {}
    for key in toks:
        value = next(toks, None)
        if value is None:
            raise ValueError(f"key {key!r} has no value")
        out[key] = int(value)
    return out


async def main() -> None:
    t = Tokens("alpha beta gamma")
    first = next(t)
    print(first, next(t), list(t), next(t, "<end>"))
    print(parse_pairs("a 1 b 22 c 333"))
    try:
        parse_pairs("x 1 y")
    except ValueError as e:
        print("error:", e)
    c = Countdown(2)
    print(next(c), next(c), next(c, 0))
    try:
        next(c)
    except StopIteration as e:
        print("stopped:", e.args)
    maybe: Optional[int] = next(Countdown(5), None)
    print(maybe, sum(next(Countdown(k), 0) for k in range(4)))
    await asyncio.sleep(0)


asyncio.run(main())
