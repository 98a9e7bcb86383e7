# Falls off the end of Optional functions, which mypy --strict reports as [return] ("Missing return
# statement", silenced per function with type: ignore[return]): a function returning an Optional may fall off its end, which
# returns None (the generated Go did not build for plain functions).
from typing import Optional


class Node:
    def __init__(self, v: int) -> None:
        self.v = v


def find(xs: list[Node], v: int) -> Optional[Node]:  # type: ignore[return]
    for x in xs:
        if x.v == v:
            return x


def name(v: int) -> Optional[str]:  # type: ignore[return]
    if v > 0:
        return "pos"


def lst(v: int) -> Optional[list[int]]:  # type: ignore[return]
    try:
        if v > 0:
            return [v]
    finally:
        print("lst", v)


n = find([Node(1)], 2)
m = find([Node(1)], 1)
print(n is None, m is not None and m.v, name(0), name(1), lst(0), lst(2))
