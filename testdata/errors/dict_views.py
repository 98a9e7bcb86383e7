# A dict view passed where an Iterator is declared is refused (mypy refuses
# it too: a view is iterable, not an iterator); kept views are live
# (testdata/run/dict_views_stored.py).
from typing import Iterator


def count(xs: Iterator[str]) -> int:
    return len(list(xs))


def main() -> None:
    d = {"a": 1, "b": 2}
    print(count(d.keys()))
    for a, b in d.items():
        print(a, b)
    print(sorted(d.values()), d.keys() & {"a"})


main()
