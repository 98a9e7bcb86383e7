# Iterating a tuple (or list) of functions / bound methods with the same
# parameters and different results (`for op in (store.rollback,
# store.commit): op()`): each is a callable returning the join of the
# results (object, or T | None), as mypy joins them.
import asyncio
from typing import Callable


class Store:
    def __init__(self) -> None:
        self.log: list[str] = []

    def rollback(self) -> int:
        self.log.append("rollback")
        return len(self.log)

    def commit(self) -> None:
        self.log.append("commit")

    def status(self) -> str:
        return f"{len(self.log)} ops"


def to_int(s: str) -> int:
    return int(s)


def to_float(s: str) -> float:
    return float(s) / 2


def shout(s: str) -> str:
    return s.upper() + "!"


async def main() -> None:
    s = Store()
    for op in (s.rollback, s.commit, s.status):
        result = op()
        print(op.__name__, repr(result))
    for maybe in (s.rollback, s.commit):
        r = maybe()
        print("no result" if r is None else f"result {r}")
    parsers = [to_int, shout]
    print([p("9") for p in parsers], [f.__name__ for f in (to_int, to_float, shout)])
    print([conv("7") for conv in (to_int, to_float)], s.log)
    checks: list[Callable[[], object]] = [s.status, s.rollback]
    print([c() for c in checks])
    await asyncio.sleep(0)


asyncio.run(main())
