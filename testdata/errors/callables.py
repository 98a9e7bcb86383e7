# Callables as values that mypy also rejects.
from typing import Callable


def pick() -> Callable[[str], str]:
    return str.upper


upper = str.upper
print(upper())
size = len
print(size(1))
f: Callable[[int], str] = str.upper
print(pick()("x"))
