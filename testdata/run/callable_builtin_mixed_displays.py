"""Displays mixing Callable-typed values with built-ins named directly: a
list of checks, a dict of converters (mypy types them by the function type)."""
from typing import Callable


def main() -> None:
    size: Callable[[str], int] = len
    shout: Callable[[str], str] = str.upper
    measures = [size, len]
    styles = [str.lower, shout, str.title]
    parsers = {"size": size, "len": len}
    word = "hello world"
    print([m(word) for m in measures], [s(word) for s in styles])
    for name, p in parsers.items():
        print(name, p(word), p)
    print(measures)


main()
