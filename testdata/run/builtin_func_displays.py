# Displays of different built-in functions or str methods with one
# signature join to a function of that signature, as mypy joins them;
# annotated displays of built-ins (max, len, math.sqrt) and math functions
# as Callable values; a math function prints as CPython's built-in.
# aiogo: extensions
import asyncio
import math
from typing import Callable


def apply_all(fns: dict[str, Callable[[list[int]], int]], xs: list[int]) -> None:
    for name, fn in fns.items():
        print(name, fn(xs))


def table(rows: list[tuple[str, float]]) -> None:
    for name, v in rows:
        print(f"{name:>6} {v:8.3f}")


async def main() -> None:
    stats: dict[str, Callable[[list[int]], int]] = {"max": max, "min": min, "len": len, "sum": sum}
    for name, fn in stats.items():
        print(name, fn([3, 1, 4, 1, 5]))
    apply_all({"max": max, "min": min}, [2, 7, 1])
    rounders: list[Callable[[float], int]] = [math.floor, math.ceil, round]
    print([r(2.5) for r in rounders])
    root: Callable[[float], float] = math.sqrt
    print(root(16.0), root, [math.sqrt, math.exp])
    ops = {"sqrt": math.sqrt, "exp": math.exp, "sin": math.sin}
    table([(name, fn(2.0)) for name, fn in ops.items()])
    print([r(-2.5) for r in [math.floor, math.ceil]])
    for clean in (str.upper, str.lower, str.title):
        print(repr(clean("  hello World  ")))
    checks = {"alpha": str.isalpha, "digit": str.isdigit, "space": str.isspace}
    for word in ["abc", "123", "  ", "a1"]:
        print(repr(word), [k for k, test in checks.items() if test(word)])
    transforms = [str.upper, str.lower]
    transforms.append(str.swapcase)
    print([t("MiXed") for t in transforms], transforms[:1])


asyncio.run(main())
