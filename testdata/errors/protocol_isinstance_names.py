# isinstance with a runtime_checkable protocol: CPython looks at member
# names only. Where a class has them with other types, or the value may be
# a built-in object with such members (a generator's close), aiogo's
# answer could differ: refused.
from typing import Iterator, Protocol, runtime_checkable


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Weird:
    def close(self, force: bool = False) -> None:
        print("weird", force)


class Conn:
    def close(self) -> None:
        print("closed")


def gen() -> Iterator[int]:
    yield 1


def main() -> None:
    objs: list[object] = [Conn(), gen()]
    for o in objs:
        print(isinstance(o, Closable))
    w: Weird | Conn = Weird()
    print(isinstance(w, Closable))


main()
