from dataclasses import dataclass
from typing import Iterable, Iterator


class Countdown:
    def __init__(self, n: int) -> None:
        self.n = n

    def __iter__(self) -> Iterator[int]:
        k = self.n
        while k > 0:
            yield k
            k -= 1


class Pair:
    def __init__(self, a: str, b: str) -> None:
        self.items = [a, b]

    def __iter__(self) -> Iterator[str]:
        return iter(self.items)


class Steps:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.i = 0

    def __iter__(self) -> "Steps":
        return self

    def __next__(self) -> int:
        if self.i >= self.limit:
            raise StopIteration
        self.i += 1
        return self.i * 10


@dataclass
class Empty:
    size: int = 0

    def __iter__(self) -> Iterator[float]:
        return iter([])

    def __len__(self) -> int:
        return self.size


def describe(name: str, xs: Iterable[int]) -> None:
    items = list(xs)
    again = sum(xs)
    print(name, items, again, 3 in xs, max(xs, default=-1), sorted(xs, reverse=True))


def join(parts: Iterable[str]) -> str:
    return "+".join(parts)


def floats(fs: Iterable[float]) -> list[float]:
    return [f * 2 for f in fs]


describe("countdown", Countdown(4))
describe("steps", Steps(3))
describe("list", [7, 8])
print(join(Pair("a", "b")), join(p.upper() for p in Pair("x", "y")))
print(floats(Empty()), floats([1.5]))
for v in Countdown(2):
    print(v)
