import asyncio
from dataclasses import dataclass
from typing import TypeGuard, Union


@dataclass
class Ok:
    value: int


@dataclass
class Err:
    reason: str


Result = Union[Ok, Err]


def is_ok(r: Result) -> TypeGuard[Ok]:
    return isinstance(r, Ok)


def is_pos(v: int | None) -> TypeGuard[int]:
    return v is not None and v > 0


def is_name(v: object) -> TypeGuard[str]:
    return isinstance(v, str) and v.isidentifier()


class Checker:
    def __init__(self, limit: int) -> None:
        self.limit = limit

    def small(self, r: Result) -> TypeGuard[Ok]:
        return isinstance(r, Ok) and r.value < self.limit


async def compute(n: int) -> Result:
    await asyncio.sleep(0)
    return Ok(n * n) if n % 3 else Err(f"{n} divisible by 3")


async def main() -> None:
    results = await asyncio.gather(*(compute(i) for i in range(1, 6)))
    total = 0
    for r in results:
        if is_ok(r):
            total += r.value
        else:
            print("skip", r)
    print("total", total)
    ch = Checker(10)
    print([r.value for r in results if ch.small(r)])
    for v in [3, None, -1]:
        if is_pos(v):
            print("positive", v + 100)
    for o in ["abc", "1x", 5]:
        if is_name(o):
            print("name", o.upper())


asyncio.run(main())
