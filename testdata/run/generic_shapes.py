# Generic functions over dataclasses, dicts, Optionals, generators, async
# generators and closures; a generic calling another generic.
import asyncio
from dataclasses import dataclass
from typing import AsyncIterator, Callable, Iterator, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


@dataclass
class Animal:
    name: str


@dataclass
class Dog(Animal):
    good: bool = True


def twice(x: T) -> list[T]:
    return [x, x]


def nested(x: T) -> list[list[T]]:
    return [twice(x), twice(x)]


def invert(d: dict[K, V]) -> dict[V, K]:
    return {v: k for k, v in d.items()}


def get_or(d: dict[str, T], key: str, default: Optional[T] = None) -> Optional[T]:
    return d.get(key, default)


def pick(xs: list[T], pred: Callable[[T], bool], default: T) -> T:
    for x in xs:
        if pred(x):
            return x
    return default


def windows(xs: list[T], n: int) -> Iterator[list[T]]:
    for i in range(len(xs) - n + 1):
        yield xs[i:i + n]


async def ticker(xs: list[T], delay: float) -> AsyncIterator[T]:
    for x in xs:
        await asyncio.sleep(delay)
        yield x


def counter(start: T) -> Callable[[], list[T]]:
    seen: list[T] = []

    def add() -> list[T]:
        seen.append(start)
        return seen

    return add


async def main() -> None:
    print(twice(True), twice(None), twice(Dog("rex")), nested(2.5), nested("a"))
    print(invert({"a": 1, "b": 2}), invert({1: (1, 2)}))
    scores = {"ann": 3, "bob": 5}
    print(get_or(scores, "ann"), get_or(scores, "zed"), get_or(scores, "zed", default=0))
    a, b = twice(7)
    print(a + b)
    pets = [Dog("a", False), Dog("b"), Dog("c")]
    print(pick(pets, lambda d: d.good, Dog("none")), pick([1, 2, 3], lambda n: n > 5, default=-1))
    print(list(windows([1, 2, 3, 4], 2)), [w for w in windows(list("abc"), 3)])
    print([x async for x in ticker(["x", "y"], 0.01)], [y * 2 async for y in ticker([1, 2], 0.0)])
    inc = counter(1)
    inc()
    print(inc(), counter("z")())
    animals: list[Animal] = [Dog("d"), Animal("cat")]
    print(twice(animals[1]), len(nested(animals)))


asyncio.run(main())
