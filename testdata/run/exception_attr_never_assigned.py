"""Exception classes with attributes only a method assigns (a retry error
that records attempts when retried): reading one before that raises
AttributeError, as in CPython; dataclass exceptions keep their fields."""
from dataclasses import dataclass


class RetryError(Exception):
    attempts: int

    def __init__(self, msg: str, code: int = 0) -> None:
        super().__init__(msg)
        self.code = code

    def record(self, n: int) -> None:
        self.attempts = n


@dataclass
class DataError(Exception):
    field: str


def attempt(n: int) -> None:
    e = RetryError(f"attempt {n} failed", 500 + n)
    if n > 1:
        e.record(n)
    raise e


def main() -> None:
    for n in (1, 2):
        try:
            attempt(n)
        except RetryError as err:
            try:
                print(err, err.code, err.attempts)
            except AttributeError as missing:
                print(err, err.code, "->", missing)
    d = DataError("qty")
    print(d.field, repr(d))


main()
