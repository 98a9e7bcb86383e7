# Callable[..., R] takes its parameters from the first call through it: what
# aiogo cannot type that way is refused (CPython: apply(one) raises TypeError).
from typing import Callable


def apply(f: Callable[..., int]) -> int:
    return f(1, "a")


def keep(f: Callable[..., int]) -> Callable[..., int]:
    return f


def kw(f: Callable[..., int]) -> int:
    return f(x=1)


def one(x: int) -> int:
    return x


def two(x: int, s: str) -> int:
    return x + len(s)


def main() -> None:
    print(apply(two))
    print(apply(one))
    print(keep(one)(3))
    print(kw(one))


main()
