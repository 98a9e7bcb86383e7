from collections.abc import Callable, ItemsView
from collections.abc import KeysView, Iterator


class Index:
    def __init__(self, d: dict[str, int]) -> None:
        self.d = d
        self.ks = d.keys()
        self.vs: KeysView[str] = d.keys()


def gen(d: dict[str, int]) -> Iterator[KeysView[str]]:
    yield d.keys()


def main() -> None:
    d = {"a": 1}
    e = {"b": 2}
    idx = Index(d)
    d["z"] = 3
    print(idx.ks, idx.vs, len(idx.ks))
    c = len(d) > 1
    x = d.keys() if c else e.keys()
    print(list(x), list(x))
    if (w := d.values()):
        print(list(w), list(w))
    ys = [d.keys(), e.keys()]
    print(list(ys[0]), list(ys[0]))
    for g in gen(d):
        print(g, len(g))
    f: Callable[[], ItemsView[str, int]] = lambda: d.items()
    print(f())

    print(sorted(d.keys() | e.keys()))


main()
