"""A small report pipeline whose steps are Callable-typed values: the
configuration log prints each step as CPython does (<built-in function len>,
<class 'int'>, <method 'upper' of 'str' objects>)."""
from typing import Callable

Aggregate = Callable[[list[int]], int]


class Pipeline:
    def __init__(self, parse: Callable[[str], int], clean: Callable[[str], str]) -> None:
        self.parse = parse
        self.clean = clean
        self.aggs: dict[str, Aggregate] = {}

    def add(self, name: str, fn: Aggregate) -> None:
        print(f"registering {name}: {fn}")
        self.aggs[name] = fn

    def run(self, raw: list[str]) -> None:
        values = [self.parse(self.clean(r)) for r in raw]
        for name, fn in self.aggs.items():
            print(f"  {name:<5} {fn(values):>4}")


def describe(fn: Callable[[list[int]], object]) -> None:
    print("describe:", fn, fn([2, 9]))


def main() -> None:
    p = Pipeline(int, str.strip)
    print("parse:", p.parse, "clean:", p.clean)
    p.add("total", sum)
    p.add("peak", max)
    p.add("low", min)
    p.add("count", len)
    p.run([" 4", "10 ", " 7 "])
    size: Callable[[str], int] = len
    shout: Callable[[str], str] = str.upper
    show: Callable[[object], str] = repr
    print(size, shout, show, [size, size])
    print(str(size), repr(shout), "{}".format(show))
    table = {"size": size}
    print(table)
    describe(max)
    peak: Callable[[list[int]], int] = max
    describe(peak)


main()
