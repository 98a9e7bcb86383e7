# aiogo: extensions
# Patterns outside what the lowering of match supports, each refused at its
# position: captures inside an or-pattern, **rest in a mapping, positional
# sub-patterns of a class without __match_args__ or too many of them (mypy
# --strict rejects these last two as well).
from dataclasses import dataclass


class Plain:
    def __init__(self, a: int) -> None:
        self.a = a


@dataclass
class Pair:
    a: int
    b: int


def f(x: object, d: dict[str, int], p: Plain, q: Pair) -> int:
    match x:
        case [a] | (a, _):
            return 1
    match d:
        case {"k": v, **rest}:
            return v
    match p:
        case Plain(1):
            return 2
    match q:
        case Pair(1, 2, 3):
            return 3
    return 0
