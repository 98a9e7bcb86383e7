# An int returned where float | str is declared (no int member) stays an int in
# CPython (printed 3, isinstance float False): the member is widened to int | float.
import asyncio
from typing import Union


def parse(s: str) -> Union[float, str]:
    if s.isdigit():
        return int(s)
    return s


async def main() -> None:
    v = parse("3")
    print(v, isinstance(v, float), [parse(x) for x in ["1", "a"]])


asyncio.run(main())
