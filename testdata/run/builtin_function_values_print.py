"""Built-in callables printed as values: a dispatch table of reducers and
a log of the functions applied (CPython prints <built-in function max>)."""
from typing import Callable

Reducer = Callable[[list[int]], int]


def apply_all(table: dict[str, Reducer], data: list[int]) -> None:
    for name, fn in table.items():
        print(f"{name:>4}: {fn(data)}")


def main() -> None:
    data = [4, 1, 7, 3]
    table: dict[str, Reducer] = {"max": max, "min": min, "sum": sum, "len": len}
    apply_all(table, data)
    pick = max
    print("picked", pick, "->", pick(data))
    print(repr(sorted), str(len), f"{abs}", [abs][0])
    print(str.upper, dict.get, pick is max, pick is min, pick is not max)


main()
