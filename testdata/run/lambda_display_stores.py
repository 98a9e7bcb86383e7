from typing import Callable

BinOp = Callable[[int, int], int]


def run(table: dict[str, BinOp], a: int, b: int) -> None:
    for name in sorted(table):
        print(name, table[name](a, b))


def build(with_pow: bool) -> dict[str, BinOp]:
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b}
    ops["*"] = lambda a, b: a * b
    if with_pow:
        ops["**"] = lambda a, b: a ** b
    return ops


def main() -> None:
    run(build(False), 3, 4)
    run(build(True), 2, 5)
    local = {"max": lambda a, b: max(a, b)}
    local["min"] = lambda a, b: min(a, b)
    run(local, 7, 9)


main()
