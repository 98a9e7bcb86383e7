from typing import Iterator, Protocol


class Bag(Protocol):
    def __iter__(self) -> Iterator[int]: ...


class Nums:
    def __init__(self) -> None:
        self.v = [3, 1, 2]

    def __iter__(self) -> Iterator[int]:
        return iter(self.v)


def has(b: Bag, x: int) -> bool:
    return x in b


def bag_sum(b: Bag) -> int:
    return sum(b)


print(has(Nums(), 2), has(Nums(), 5), bag_sum(Nums()))

