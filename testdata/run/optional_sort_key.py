# Helpers that take an optional sort key and pass it on to sorted() and
# list.sort() (typeshed: key: Callable[[T], K] | None): None orders the
# elements themselves; built-in functions (len, abs) and lambdas are
# passed where Callable | None is declared; key=None may be written out.
import asyncio
from collections.abc import Callable
from typing import Optional


def top(xs: list[int], n: int, key: Optional[Callable[[int], int]] = None) -> list[int]:
    return sorted(xs, key=key, reverse=True)[:n]


def ordered_names(names: list[str], key: Callable[[str], int] | None = None) -> list[str]:
    out = list(names)
    out.sort(key=key)
    return out


class Report:
    def __init__(self, key: Optional[Callable[[str], int]]) -> None:
        self.key = key
        self.rows: list[str] = []

    def render(self) -> str:
        return ", ".join(sorted(self.rows, key=self.key))


async def main() -> None:
    xs = [5, -7, 3, 1, -2]
    await asyncio.sleep(0)
    print(top(xs, 2), top(xs, 2, key=abs), top(xs, 3, lambda v: -v), sorted(xs, key=None))
    names = ["delta", "al", "charlie", "bo"]
    print(ordered_names(names), ordered_names(names, len), ordered_names(names, key=lambda s: -len(s)))
    names.sort(key=None, reverse=True)
    print(names, max(names, key=None), min(names, key=len))
    r = Report(None)
    r.rows = ["b", "aa", "c"]
    print(r.render())
    r.key = len
    print(r.render())


asyncio.run(main())
