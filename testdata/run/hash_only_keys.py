"""A class defining __hash__ without __eq__ (and a dataclass(eq=False)
with __hash__) keys dicts and sets by identity, and its sets iterate in
the order CPython's hash table gives."""
import asyncio
from dataclasses import dataclass


class Node:
    def __init__(self, nid: int, name: str) -> None:
        self.nid = nid
        self.name = name

    def __hash__(self) -> int:
        return self.nid * 7

    def __repr__(self) -> str:
        return f"Node({self.name})"


class Worker(Node):
    pass


@dataclass(eq=False)
class Job:
    jid: int

    def __hash__(self) -> int:
        return 100 - self.jid


async def main() -> None:
    nodes = [Node(i, f"n{i}") for i in (9, 3, 14, 1, 27, 5)]
    s = set(nodes)
    print(s)
    print({n: n.nid for n in nodes})
    twin = Node(3, "twin")
    print(twin in s, nodes[1] in s, hash(twin) == hash(nodes[1]))
    s.add(twin)
    print(len(s), sorted(n.name for n in s))
    w = Worker(2, "w2")
    mixed: set[Node] = {w, nodes[0], Worker(40, "w40")}
    print(mixed)
    jobs = {Job(i) for i in range(5)}
    print(jobs, Job(1) in jobs)
    print([hash(j) for j in jobs])
    d = {twin: "a", nodes[1]: "b"}
    print(d, d[twin])


asyncio.run(main())
