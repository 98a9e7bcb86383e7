# callable(obj): functions, bound methods, lambdas, classes and instances of
# classes with __call__ are callable; numbers, strings, containers and
# instances of other classes are not. The static type tells each answer.
import asyncio
from typing import Callable, Optional, Protocol, Union


class Rule(Protocol):
    def __call__(self, amount: int) -> bool: ...


class Limit:
    def __init__(self, cap: int) -> None:
        self.cap = cap

    def __call__(self, amount: int) -> bool:
        return amount <= self.cap


class Record:
    def __init__(self, name: str) -> None:
        self.name = name

    def describe(self) -> str:
        return f"record {self.name}"


def positive(amount: int) -> bool:
    return amount > 0


def resolve(rule: Union[Callable[[int], bool], Limit]) -> str:
    return "callable rule" if callable(rule) else "data"


async def main() -> None:
    rules: list[Rule] = [Limit(100), positive]
    rec = Record("r1")
    fallback: Optional[str] = None
    print(callable(rules[0]), callable(positive), callable(rec.describe), callable(Record))
    print(callable(lambda: 0), callable(len), callable(str.upper), callable(rec), callable(rec.name))
    print(callable(42), callable("x"), callable([positive]), callable({"k": 1}), callable(fallback))
    print(resolve(Limit(5)), resolve(positive), [r(50) for r in rules if callable(r)])
    await asyncio.sleep(0)


asyncio.run(main())
