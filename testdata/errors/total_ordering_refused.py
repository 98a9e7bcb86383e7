# aiogo: extensions
from functools import total_ordering


class Base:
    pass


@total_ordering
class Derived(Base):
    def __init__(self, n: int) -> None:
        self.n = n

    def __lt__(self, other: "Derived") -> bool:
        return self.n < other.n


@total_ordering
class NoRoot:
    pass


def main() -> None:
    print(Derived(1) <= Derived(2))


main()
