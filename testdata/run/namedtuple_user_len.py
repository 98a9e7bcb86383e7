import asyncio
from typing import NamedTuple


class Span(NamedTuple):
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


class Pair(NamedTuple):
    a: int
    b: int


async def main() -> None:
    s = Span(3, 10)
    e = Span(4, 4)
    print(len(s), len(e), bool(s), bool(e), "yes" if e else "no", not e)
    spans = [Span(0, 5), Span(1, 2), e]
    print(sorted(spans, key=len), max(spans, key=len), list(map(len, spans)), sum(map(len, spans)))
    print([x for x in spans if x], len(Pair(1, 2)), bool(Pair(0, 0)))
    t: tuple[int, int] = s
    print(len(t), s == (3, 10), s[0], s[1], list(s))
    try:
        print(s._replace(end=5))
    except TypeError as ex:
        print("TypeError:", ex)
    print(Span(2, 4)._replace(end=6))
    try:
        print(Span._make([1, 9]))
    except TypeError as ex:
        print("TypeError:", ex)


asyncio.run(main())
