# mypy --strict accepts this program: a list and a set have __iter__, so
# they satisfy the protocol structurally. aiogo's protocol values are the
# implementing classes' objects behind an interface of the protocol's
# methods; built-in containers are refused there.
from typing import Iterator, Protocol


class Bag(Protocol):
    def __iter__(self) -> Iterator[int]: ...


def bag_sum(b: Bag) -> int:
    return sum(b)


print(bag_sum([4, 5]), bag_sum({1, 2}))
