# aiogo: extensions
# A function returning on every member of a union, through an if/elif
# isinstance chain or a match statement, needs no return at its end (mypy
# reads the fall-through as unreachable).
from dataclasses import dataclass
from typing import Union


@dataclass
class Ok:
    value: int


@dataclass
class Err:
    message: str


@dataclass
class Pending:
    eta: float


Result = Union[Ok, Err, Pending]


def show(r: Result) -> str:
    if isinstance(r, Ok):
        return f"ok {r.value}"
    elif isinstance(r, Err):
        return f"error: {r.message}"
    elif isinstance(r, Pending):
        return f"pending ({r.eta:.1f}s)"


def score(r: Result) -> int:
    match r:
        case Ok(value=v):
            return v
        case Err():
            return -1
        case Pending(eta=e):
            return int(e)


def settled(r: Result) -> bool:
    if isinstance(r, (Ok, Err)):
        return True
    if isinstance(r, Pending):
        return False


def kind(x: Union[int, str, bytes]) -> str:
    if isinstance(x, int):
        return f"int {x}"
    elif isinstance(x, (str, bytes)):
        return f"text {x!r}"


results: list[Result] = [Ok(3), Err("boom"), Pending(2.5)]
for r in results:
    print(show(r), score(r), settled(r))
print(kind(7), kind("s"), kind(b"b"))
