# A recursive type alias is refused once, at the alias (not at its uses);
# assigning an attribute through a union is refused when the members
# declare it with different types.
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
    n: float


def bump(v: A | B) -> None:
    v.n += 1


bump(A(1))
print(dump([1, "x"]))
