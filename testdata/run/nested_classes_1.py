# Nested classes: in a class body (Outer.Inner) and in function bodies.
import asyncio
from dataclasses import dataclass, field


class Tree:
    @dataclass
    class Node:
        key: int
        children: list["Tree.Node"] = field(default_factory=list)

        def size(self) -> int:
            return 1 + sum(c.size() for c in self.children)

    class Error(Exception):
        pass

    def __init__(self) -> None:
        self.root = Tree.Node(0)

    def add(self, key: int) -> "Tree.Node":
        if key < 0:
            raise Tree.Error(f"bad key {key}")
        n = self.Node(key)
        self.root.children.append(n)
        return n


def make_counter(start: int) -> int:
    class Counter:
        def __init__(self, n: int) -> None:
            self.n = n

        def bump(self, by: int = 1) -> int:
            self.n += by
            return self.n

    c = Counter(start)
    c.bump()
    return c.bump(10)


async def main() -> None:
    @dataclass
    class Job:
        name: str
        cost: float = 1.0

    class Worker:
        done: list[str] = []

        async def run(self, job: Job) -> str:
            await asyncio.sleep(0.01)
            Worker.done.append(job.name)
            return f"{job.name}:{job.cost}"

    w = Worker()
    print(await asyncio.gather(w.run(Job("a")), w.run(Job("b", 2.5))), Worker.done)
    print(Job("x"), repr(Job("y", 0.5)), type(Job("z")).__name__)
    t = Tree()
    n = t.add(3)
    n.children.append(Tree.Node(4))
    print(t.root, t.root.size(), type(n).__name__)
    try:
        t.add(-1)
    except Tree.Error as e:
        print("error:", e, type(e).__name__)
    print(make_counter(5))
    k = Tree.Node
    print(k(9), k.__name__)


asyncio.run(main())
