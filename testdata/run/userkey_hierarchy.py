# Instances of a class hierarchy defining __hash__ and __eq__ (subclasses
# inheriting both, or overriding both) key dicts and sets together, as in
# CPython: equal keys found by hash then __eq__ (reflected for a subclass
# overriding __eq__), the first key object kept, hash-order iteration.
import asyncio


class Money:
    def __init__(self, cents: int, cur: str = "USD") -> None:
        self.cents, self.cur = cents, cur

    def key(self) -> tuple[int, str]:
        return (self.cents, self.cur)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Money) and self.key() == other.key()

    def __hash__(self) -> int:
        return hash(self.key())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.cents}, {self.cur!r})"


class Tip(Money):
    pass


class Fee(Money):
    def key(self) -> tuple[int, str]:
        return (-self.cents, self.cur)

    def __hash__(self) -> int:
        return hash(("fee", self.cents))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Fee) and other.cents == self.cents


class Refund(Tip):
    pass


async def main() -> None:
    items: list[Money] = [Money(100), Tip(100), Fee(100), Fee(100), Refund(5), Money(5), Tip(100, "EUR")]
    s = set(items)
    print(len(s), sorted(repr(x) for x in s))
    d: dict[Money, int] = {}
    for i, m in enumerate(items):
        d[m] = d.get(m, 0) + i
    print(list(d.items()))
    print(Money(100) in s, Fee(100) in s, Fee(7) in s, Refund(100) in d, d[Tip(5)])
    print(Money(100) == Tip(100), Tip(100) == Money(100), Fee(100) == Money(-100), Money(-100) == Fee(100))
    u = {Refund(1), Money(1), Tip(1)}
    print(len(u), u == {Money(1)}, [repr(x) for x in u])
    tips = {Tip(3), Tip(3), Refund(3)}
    print(len(tips), list(tips))


asyncio.run(main())
