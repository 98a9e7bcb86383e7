# id() of objects kept by reference: the identity of class instances, lists
# and dicts (a visited set keyed by id() in a graph walk).
from dataclasses import dataclass


@dataclass
class Node:
    name: str
    children: list["Node"]


def walk(root: Node, seen: set[int]) -> list[str]:
    if id(root) in seen:
        return []
    seen.add(id(root))
    out = [root.name]
    for c in root.children:
        out.extend(walk(c, seen))
    return out


leaf = Node("leaf", [])
a = Node("a", [leaf])
b = Node("b", [leaf])
root = Node("root", [a, b, a])
print(walk(root, set()))
xs: list[int] = []
ys = xs
zs: list[int] = []
print(id(xs) == id(ys), id(xs) == id(zs))
d: dict[str, int] = {}
print(id(d) == id(d))
by_id = {id(n): n.name for n in [leaf, a, b, leaf]}
print(sorted(by_id.values()))
