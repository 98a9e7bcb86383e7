# StopIteration.value and exception args items (Any in typeshed) used where
# a type is expected: narrowed to it, as mypy lets them flow.
from collections.abc import Generator
from dataclasses import dataclass
from typing import Optional


class HttpError(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(status, reason)


@dataclass
class Outcome:
    name: str
    total: int


def counter(limit: int) -> Generator[int, None, str]:
    for i in range(limit):
        yield i
    return f"counted {limit}"


def summing(xs: list[int]) -> Generator[int, None, int]:
    s = 0
    for x in xs:
        s += x
        yield s
    return s


def drain(g: Generator[int, None, str]) -> str:
    while True:
        try:
            next(g)
        except StopIteration as stop:
            result: str = stop.value
            return result


def finish(g: Generator[int, None, int]) -> Outcome:
    try:
        while True:
            next(g)
    except StopIteration as e:
        return Outcome("sum", e.value)


def describe(code: int, reason: str) -> str:
    return f"{code} {reason}"


print(drain(counter(3)))
print(finish(summing([1, 2, 3])))
results: dict[str, str] = {}
codes: list[int] = []
last: Optional[str] = None
try:
    raise HttpError(404, "Not Found")
except HttpError as e:
    status: int = e.args[0]
    codes.append(e.args[0])
    results["reason"] = e.args[1]
    last = e.args[1]
    print(describe(e.args[0], e.args[1]), status + 1, codes, results, last)
    print(e.args, e.args[0] == 404)
g = counter(1)
next(g)
try:
    next(g)
except StopIteration as s:
    msg: str = s.value
    print(msg.upper(), s.value)
