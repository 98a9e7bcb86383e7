# A comprehension or generator expression is a frame of its own in
# CPython 3.11, so a recursion through one reaches the limit at half the
# depth: a 600-level tree walked with [f(c) for c in ...] or
# sum(f(c) for c in ...) raises RecursionError, as in CPython; any(),
# all(), max() and min() over a generator expression add one level more.
from dataclasses import dataclass, field
from typing import Callable


@dataclass
class Node:
    name: str
    children: list["Node"] = field(default_factory=list)


def chain(n: int) -> Node:
    root = Node("n0")
    cur = root
    for i in range(1, n):
        nxt = Node(f"n{i}")
        cur.children.append(nxt)
        cur = nxt
    return root


def size(t: Node) -> int:
    return 1 + sum(size(c) for c in t.children)


def names(t: Node) -> list[str]:
    return [t.name] + [n for c in t.children for n in names(c)]


def height(t: Node) -> int:
    return 1 + max((height(c) for c in t.children), default=0)


def has(t: Node, name: str) -> bool:
    return t.name == name or any(has(c, name) for c in t.children)


def index(t: Node, depth: int) -> dict[str, int]:
    out = {t.name: depth}
    for part in [index(c, depth + 1) for c in t.children]:
        out.update(part)
    return out


def main() -> None:
    for n in [10, 300, 450, 520, 900]:
        tree = chain(n)
        walks: list[tuple[str, Callable[[], int]]] = [
            ("size", lambda: size(tree)),
            ("names", lambda: len(names(tree))),
            ("index", lambda: len(index(tree, 0))),
            ("height", lambda: height(tree)),
            ("has", lambda: int(has(tree, "missing"))),
        ]
        for label, walk in walks:
            try:
                print(n, label, walk())
            except RecursionError:
                print(n, label, "RecursionError")


main()
