"""A class named where a Callable is expected is its constructor, as in
CPython: a plugin registry of factories (register(Upper)), a list of
Callable[[], Base], map(Version, ...), an exception class as a
Callable[[str], Exception]. A class object held in a variable (a
type[Base], the cls of a class method, a loop variable over classes) is
read once, where it is named: rebinding the variable later does not
change the function value."""
import asyncio
from dataclasses import dataclass
from typing import Callable, Protocol


class Plugin(Protocol):
    name: str

    async def handle(self, payload: str) -> str | None: ...


_factories: list[Callable[[], Plugin]] = []


def register(factory: Callable[[], Plugin]) -> Callable[[], Plugin]:
    _factories.append(factory)
    return factory


class Upper:
    name = "upper"

    async def handle(self, payload: str) -> str | None:
        await asyncio.sleep(0)
        return payload.upper() if payload.islower() else None


class Reverse:
    name = "reverse"

    def __init__(self, min_len: int = 4) -> None:
        self.min_len = min_len

    async def handle(self, payload: str) -> str | None:
        return payload[::-1] if len(payload) >= self.min_len else None


register(Upper)
register(Reverse)
register(lambda: Reverse(2))


class Base:
    def __init__(self, n: int = 0) -> None:
        self.n = n

    @classmethod
    def batch(cls, k: int) -> list["Base"]:
        return apply(cls, k)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.n})"


class Sub(Base):
    pass


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


class AppError(Exception):
    pass


def apply(f: Callable[[int], Base], k: int) -> list[Base]:
    return [f(i) for i in range(k)]


def build_all(factories: list[Callable[[], Base]]) -> list[Base]:
    return [f() for f in factories]


def fail(make: Callable[[str], Exception], msg: str) -> None:
    raise make(msg)


async def run(factory: Callable[[int, int], Version]) -> Version:
    await asyncio.sleep(0)
    return factory(2, 5)


async def main() -> None:
    plugins = [f() for f in _factories]
    for payload in ["hello", "Hello", "Hi"]:
        for p in plugins:
            r = await p.handle(payload)
            if r is not None:
                print(payload, "->", p.name, r)
                break
    print(build_all([Base, Sub, Sub]))
    vs = list(map(Version, [3, 1, 2]))
    print(vs, sorted(vs), await run(Version))
    for k in (ValueError, AppError, KeyError):
        try:
            fail(k, "boom")
        except Exception as e:
            print(type(e).__name__, repr(e))
    eg = ExceptionGroup("many", [AppError("a"), ValueError("v")])
    apps, rest = eg.split(AppError)
    print(repr(apps), repr(rest))
    kind: type[Base] = Sub
    make: Callable[[int], Base] = kind
    kind = Base
    print(make(1), kind(2))
    print(Sub.batch(2), Base.batch(1))
    kinds: list[type[Base]] = [Base, Sub]
    print([apply(k, 2) for k in kinds], list(map(kinds[1], [5, 6])))
    table: dict[str, Callable[[], Base]] = {"b": Base, "s": Sub}
    print({k: v() for k, v in table.items()})


asyncio.run(main())
