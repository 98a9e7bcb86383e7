from typing import Callable


def apply(f: Callable[[int], int], v: int) -> int:
    return f(v)


def double(n: int) -> int:
    return n * 2


def weighted(hits: int, weight: float, bonus: int = 0) -> float:
    total = hits * weight
    if hits:
        total += bonus
    return total if hits >= 1 else -1.0


def show(n: int) -> str:
    return f"n={n}"


def main() -> None:
    ok = 1 < 2
    no = not ok
    print(apply(double, 3), double(ok), double(no))
    print(weighted(ok, 2.5, ok), weighted(no, 1.0), weighted(3, 0.5, True))
    print(show(ok), show(5))


main()
