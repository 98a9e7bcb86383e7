# A second module-level class or def of one name (mypy: Name "X" already
# defined) is refused at the second; the first keeps the name.
class Account:
    def __init__(self, owner: str) -> None:
        self.owner = owner


def fetch(n: int) -> int:
    return n


class Account:  # type: ignore[no-redef]
    pass


def fetch() -> None:  # type: ignore[no-redef]
    pass


print(Account("ann").owner, fetch(2))
