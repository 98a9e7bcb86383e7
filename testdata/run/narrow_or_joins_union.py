# `x is None or isinstance(x, int)` narrows x to int | None (mypy joins the
# facts of the two operands), also for a declared int | str | None and for
# attribute chains (self.value); inside `if x is None:` x of such a union
# reads as None. A union with object is object (Union[int, object]).
import asyncio
from typing import Optional, Union

Cell = Union[int, str, None]


class Field:
    def __init__(self, name: str, value: Cell) -> None:
        self.name = name
        self.value = value

    def as_int(self) -> Optional[int]:
        if self.value is None or isinstance(self.value, int):
            return self.value
        return int(self.value) if self.value.isdigit() else None


def describe(x: Cell) -> str:
    if x is None:
        missing: Cell = x
        return f"missing ({missing!r})"
    if isinstance(x, int) or x.isdigit():
        return f"number {x}"
    return f"text {x!r}"


def total(cells: list[Cell]) -> int:
    acc = 0
    for c in cells:
        if c is None or isinstance(c, str):
            continue
        acc += c
    return acc


def coerce(x: object) -> Optional[int]:
    assert x is None or isinstance(x, int), f"bad value {x!r}"
    return x


def lookup(d: dict[str, int], key: str, default: Union[int, object] = None) -> object:
    return d[key] if key in d else default


async def main() -> None:
    fields = [Field("a", 3), Field("b", "42"), Field("c", None), Field("d", "x")]
    print([f.as_int() for f in fields])
    print([describe(f.value) for f in fields])
    print(total([1, None, "2", 3]), coerce(5), coerce(None))
    try:
        coerce("7")
    except AssertionError as e:
        print("assert:", e)
    print(lookup({"k": 1}, "k"), lookup({}, "k"), lookup({}, "k", "none"))
    await asyncio.sleep(0)


asyncio.run(main())
