"""Empty tuples where an iterable is expected: default arguments of
Sequence parameters, min/max with a default, str.join of nothing, a
tuple[T, ...] field starting empty, and a loop over an empty tuple."""
from dataclasses import dataclass
from typing import Iterable, Sequence


@dataclass
class Job:
    name: str
    deps: tuple[str, ...] = ()
    weights: tuple[int, ...] = ()


def describe(tags: Sequence[str] = ()) -> str:
    return ", ".join(tags) or "-"


def heaviest(ws: Iterable[int]) -> int:
    return max(ws, default=0)


def main() -> None:
    jobs = [Job("fetch"), Job("parse", ("fetch",), (3, 5)), Job("report", ("parse", "fetch"))]
    for j in jobs:
        print(f"{j.name:<7} deps=[{describe(j.deps)}] heaviest={heaviest(j.weights)} first={min(j.deps, default='none')}")
    print(describe(), heaviest(()), min((), default=-1), ", ".join(()) == "")
    print(sum(()), any(()), all(()), sorted(()), list(()), tuple(()))
    queue: list[str] = []
    queue.extend(())
    queue.extend(("x", "y"))
    print(queue, set(()) == set(), len(()))


main()
