from typing import overload


@overload
def scale(v: int) -> int: ...
@overload
def scale(v: float) -> float: ...


def main() -> None:
    print(scale(2))


main()
