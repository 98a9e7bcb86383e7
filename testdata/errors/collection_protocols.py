# Uses of the collection protocols that mypy rejects too.
from typing import Iterable, Mapping, Sequence, AbstractSet


def a(xs: Iterable[int]) -> int:
    return len(xs)


def b(xs: Iterable[int]) -> int:
    return xs[0]


def c(m: Mapping[str, int]) -> None:
    m["k"] = 1


def d(m: Mapping[str, int]) -> None:
    m.pop("k")


def e(s: AbstractSet[int]) -> None:
    pass


def f(s: Sequence[float]) -> None:
    pass


e([1, 2])
f([1, 2])
