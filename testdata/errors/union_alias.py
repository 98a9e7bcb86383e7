# A recursive type alias is refused once, at the alias (not at its uses);
# assigning an attribute through a union is refused.
from dataclasses import dataclass
from typing import Union

Json = Union[dict[str, "Json"], list["Json"], str, int, float, bool, None]


def dump(v: Json) -> str:
    return repr(v)


@dataclass
class A:
    n: int


@dataclass
class B:
    n: int


def bump(v: A | B) -> int:
    v.n += 1
    return v.n


print(dump([1, "x"]), bump(A(1)))
