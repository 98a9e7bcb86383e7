"""Storing a class attribute of a base through a subclass's name
(Counter.calls += 1, calls declared by Handler) gives the subclass an
attribute of its own, as CPython does; the base and other subclasses keep
theirs. Reads through instances, class methods and class objects see it."""
import asyncio


class Handler:
    calls = 0
    label = "handler"
    limits = (1, 2)

    def describe(self) -> str:
        return f"{type(self).__name__}: {self.label} calls={self.calls}"

    @classmethod
    def info(cls) -> str:
        return f"{cls.__name__}.calls={cls.calls}"


class Counter(Handler):
    label = "counter"

    def hit(self) -> int:
        Counter.calls += 1
        return Counter.calls


class Special(Counter):
    pass


class Other(Handler):
    def bump(self) -> None:
        Other.calls = Other.calls + 10
        Other.limits = (3, 4)


async def main() -> None:
    c, s, o, h = Counter(), Special(), Other(), Handler()
    print(c.hit(), c.hit(), s.hit())
    o.bump()
    for x in (c, s, o, h):
        print(x.describe(), x.info())
    print(Handler.calls, Counter.calls, Special.calls, Other.calls, Other.limits, Handler.limits)
    classes: list[type[Handler]] = [Handler, Counter, Special, Other]
    print([k.calls for k in classes])


asyncio.run(main())
