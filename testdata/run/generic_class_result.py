from typing import Generic, TypeVar, Optional, Union
from dataclasses import dataclass

T = TypeVar("T")
E = TypeVar("E")


@dataclass
class Pair(Generic[T, E]):
    first: T
    second: E

    def swap(self) -> "Pair[E, T]":
        return Pair(self.second, self.first)


class Result(Generic[T]):
    def __init__(self, value: Optional[T] = None, error: Optional[str] = None) -> None:
        self.value = value
        self.error = error

    def ok(self) -> bool:
        return self.error is None

    def unwrap(self) -> T:
        if self.value is None:
            raise ValueError(f"unwrap of failed result: {self.error}")
        return self.value

    def unwrap_or(self, default: T) -> T:
        return self.value if self.value is not None else default

    def __repr__(self) -> str:
        if self.error is not None:
            return f"Err({self.error!r})"
        return f"Ok({self.value!r})"


def parse(s: str) -> Result[int]:
    try:
        return Result(int(s))
    except ValueError:
        return Result(error=f"bad int {s!r}")


def main() -> None:
    rs = [parse(x) for x in ["1", "x", "42"]]
    print(rs)
    print([r.unwrap_or(-1) for r in rs])
    total = sum(r.unwrap() for r in rs if r.ok())
    print(total)
    try:
        rs[1].unwrap()
    except ValueError as e:
        print("ValueError:", e)
    p = Pair("a", 1)
    print(p, p.swap(), p == Pair("a", 1))
    q: Pair[int, str] = p.swap()
    print(q.first + 1, q.second.upper())
    print(type(q).__name__, isinstance(q, Pair), isinstance(p, Pair))
    r2: Result[str] = Result("s")
    print(r2, r2.unwrap().upper())


main()
