from typing import Iterable, Iterator


class Bag:
    def __init__(self, n: int) -> None:
        self.n = n

    def __iter__(self) -> Iterator[int]:
        return iter(range(self.n))

    def __len__(self) -> int:
        return self.n


class Gen:
    def __iter__(self) -> Iterator[int]:
        yield 1


def truth(xs: Iterable[int]) -> str:
    return "yes" if xs else "no"


print(truth(Bag(0)), truth(Bag(2)), truth(Gen()), truth([]), bool(Gen()))
print(Bag(3) == Bag(3))
