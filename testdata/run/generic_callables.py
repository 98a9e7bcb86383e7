# Callables passed where Callable[[A], B] is expected bind B once A is known:
# int, a dataclass, str, str.upper, a bound method, str.split, abs, len, sum,
# float and lambdas. mypy 1.0.1 refuses abs and sum here (typeshed overloads):
# those two lines carry type: ignore[arg-type] on purpose.
import asyncio
from dataclasses import dataclass
from typing import Callable, Iterable, TypeVar

A = TypeVar("A")
B = TypeVar("B")


@dataclass
class Tag:
    label: str


def convert(xs: Iterable[A], fn: Callable[[A], B]) -> list[B]:
    return [fn(x) for x in xs]


class Scaler:
    def __init__(self, k: int) -> None:
        self.k = k

    def apply(self, x: int) -> int:
        return x * self.k


async def main() -> None:
    print(convert(["1", "22"], int), convert(["a", "b"], Tag), convert(range(3), str), convert("ab", str.upper))
    print(convert([1, 2], Scaler(3).apply), convert(["x y", "z"], str.split), convert([3.5, -1.0], abs))  # type: ignore[arg-type]  # typeshed overload
    print(convert({"k": 1}.items(), lambda kv: kv[0] * kv[1]), convert({"a": 1, "b": 2}, len), convert((4, 5), float))
    print(convert([[1, 2], [3]], sum), convert(["a,b"], lambda s: s.split(",")), convert([1], lambda n: (n, str(n))))  # type: ignore[arg-type]  # typeshed overload (sum)


asyncio.run(main())
