# Dict views outliving the expression that creates them are refused: CPython's
# views are live and re-iterable, aiogo's are one-shot iterators.
from typing import Iterable, Iterator


def keys_of(d: dict[str, int]) -> Iterator[str]:
    return iter(d.keys())


def count(xs: Iterator[str]) -> int:
    return len(list(xs))


def gen(d: dict[str, int]) -> Iterator[Iterable[str]]:
    yield d.keys()


def main() -> None:
    d = {"a": 1, "b": 2}
    k = d.keys()
    print(list(k), list(k))
    print(count(d.keys()))
    for a, b in d.items():
        print(a, b)
    print(sorted(d.values()), d.keys() & {"a"}, keys_of(d))


main()
