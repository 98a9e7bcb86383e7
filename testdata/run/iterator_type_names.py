# type(x).__name__ of iterators, built-in callables and classes names
# CPython's types (list_iterator, generator, zip,
# builtin_function_or_method, type...).
from typing import Callable, Iterable, Iterator


def numbers(n: int) -> Iterator[int]:
    yield from range(n)


def describe(label: str, it: Iterator[object]) -> str:
    return f"{label}: {type(it).__name__} -> {list(it)}"


def pipeline(src: Iterable[int]) -> list[Iterator[object]]:
    data = list(src)
    return [
        iter(data),
        iter(tuple(data)),
        iter({3}),
        iter({"k": 1}),
        iter("ab"),
        iter("é"),
        iter(range(2)),
        reversed(data),
        reversed(range(2)),
        reversed((1, 2)),
        enumerate(data),
        zip(data, data),
        map(str, data),
        filter(None, data),
        (x * 2 for x in data),
        numbers(2),
    ]


class Plugin:
    pass


def main() -> None:
    for i, it in enumerate(pipeline([1, 2])):
        print(describe(f"#{i}", it))
    f: Callable[[str], int] = len
    print(type(f).__name__, type(print).__name__, type(str).__name__)
    words = ["a"]
    add: Callable[[str], None] = words.append
    add("b")
    print(type(add).__name__, add.__name__, words)
    stock = {"apple": 3, "pear": 0}
    vals = iter(stock.values())
    items = iter(stock.items())
    print(type(vals).__name__, next(vals), list(vals), type(items).__name__, next(items))
    print(type(iter(stock.keys())).__name__, sorted(iter(stock.keys())), [k for k, v in items])
    kind = Plugin
    print(type(Plugin).__name__, type(kind).__name__, type(int).__name__)


main()
