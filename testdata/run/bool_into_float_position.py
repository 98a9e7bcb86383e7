# mypy --strict accepts this program; CPython stores each bool itself in
# the int and float positions (printing True): aiogo keeps it in the int
# ones (typed int | bool) and in the float one (typed int | float | bool).
import asyncio
from dataclasses import dataclass


@dataclass
class Flags:
    level: int = 0


def bump(n: int) -> int:
    return n + 1


async def main() -> None:
    ok = 3 > 2
    n: int = True
    f: float = ok
    xs: list[int] = [True, 2]
    print(bump(ok), n, f, xs, Flags(ok))
    print(n + int(ok), bump(int(ok)))


asyncio.run(main())
