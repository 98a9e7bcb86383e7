# A recursive type alias that is not a union (its Go type would contain
# itself) is refused once, at the alias (not at its uses, nor in the body of
# a function whose parameter it annotates);
# assigning an attribute through a union is refused when the members
# declare it with different types.
from dataclasses import dataclass

Tree = dict[str, "Tree"]


def dump(v: Tree) -> str:
    return repr(v) + str(len(v.keys()))


@dataclass
class A:
    n: int


@dataclass
class B:
    n: float


def bump(v: A | B) -> None:
    v.n += 1


bump(A(1))
print(dump({"a": {}}))
