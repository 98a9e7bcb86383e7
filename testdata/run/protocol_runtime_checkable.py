from typing import Protocol, runtime_checkable


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Named(Protocol):
    name: str


class Conn:
    def __init__(self, name: str) -> None:
        self.name = name

    def close(self) -> None:
        print("conn closed", self.name)


class File:
    def close(self) -> None:
        print("file closed")


class Other:
    pass


def shutdown(objs: list[Conn | File | Other]) -> int:
    n = 0
    for o in objs:
        if isinstance(o, Closable):
            o.close()
            n += 1
        else:
            print("skip", type(o).__name__)
    return n


def label(x: Conn | File | Other) -> str:
    if isinstance(x, Named):
        return x.name
    return "?"


def main() -> None:
    print(shutdown([Conn("db"), File(), Other(), Conn("cache")]))
    print(label(Conn("c")), label(File()), label(Other()))


main()
