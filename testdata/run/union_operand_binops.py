# Binary operators with a union operand: every member supports the operation,
# the result is the union of the members' results (as mypy types it).
import asyncio
from typing import Union


def double(v: Union[int, str]) -> Union[int, str]:
    return v * 2


def widen(prefix: str, v: int | str) -> str:
    return prefix + str(v)


async def main() -> None:
    cells: list[int | str] = [3, "ab", 10]
    print([double(c) for c in cells])
    print([3 * c for c in cells])
    print([c + c for c in cells if isinstance(c, str)])
    parts: list[int] | str = [1, 2]
    print(parts * 2)
    n: int | str = 7
    n = n * 3
    print(n, widen("x", n))
    print([c // 2 if isinstance(c, int) else c for c in cells])
    print(double(await asyncio.sleep(0, result=4)))


asyncio.run(main())


def rep(v: list[int] | str, k: int) -> list[int] | str:
    return v * k


print(rep([1], 3), rep("ab", 2), rep([], 2))
