# A function declared to return an Optional (or a union with None, or
# object) that can fall off its end: mypy --strict reports a missing return
# statement, so aiogo does too (with "# type: ignore" on the def line both
# accept it, and the fall-through returns None: testdata/run/optional_fall_off).
import asyncio
from typing import Optional, Union


def find(xs: list[int], v: int) -> Optional[int]:
    for i, x in enumerate(xs):
        if x == v:
            return i


def parse(s: str) -> Union[int, str, None]:
    if s.isdigit():
        return int(s)
    elif s:
        return s


async def main() -> None:
    print(find([1, 2], 2), parse("x"))

asyncio.run(main())
