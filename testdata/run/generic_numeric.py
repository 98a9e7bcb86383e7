# A type variable bound to both int and float arguments is float (mypy's
# join), and the ints stay ints as CPython keeps them: biggest(3, 2.5, 1)
# is 3, not 3.0.
import asyncio
from typing import TypeVar

T = TypeVar("T")


def clamp_all(xs: list[T], lo: T, hi: T) -> list[T]:
    out: list[T] = []
    for x in xs:
        if x < lo:  # type: ignore[operator]
            out.append(lo)
        elif x > hi:  # type: ignore[operator]
            out.append(hi)
        else:
            out.append(x)
    return out


def twice(x: T) -> list[T]:
    return [x, x]


async def scaled(x: T, delay: float) -> tuple[T, T]:
    await asyncio.sleep(delay)
    return (x, x)


async def main() -> None:
    print(clamp_all([1, 5, 12], 2, 10), clamp_all([0.5, 3, 20], 1, 9.5), clamp_all(["b", "z"], "c", "x"))
    print(twice(2), twice(1.0), twice("s"), twice(True))
    print(await scaled(3, 0.01), await scaled(0.25, 0.01))


asyncio.run(main())
