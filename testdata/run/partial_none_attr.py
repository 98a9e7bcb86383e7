# An attribute first assigned None in a method (self.head = None) takes
# its type from a later assignment in the same method, as mypy completes
# partial None types: self.head = Node(x, self.head) in a loop makes it
# Node | None. One never assigned anything else stays None.
import asyncio
from dataclasses import dataclass
from typing import Optional


@dataclass
class Node:
    val: int
    next: Optional["Node"] = None


class Stack:
    def __init__(self, items: list[int]) -> None:
        self.head = None
        self.size = 0
        for x in items:
            self.head = Node(x, self.head)
            self.size += 1
        self.best = None
        for x in items:
            if self.best is None or x > self.best:
                self.best = x
        self.label = None

    def pop(self) -> int:
        if self.head is None:
            raise IndexError("pop from an empty stack")
        v = self.head.val
        self.head = self.head.next
        self.size -= 1
        return v

    def __iter__(self) -> "StackIter":
        return StackIter(self.head)


class StackIter:
    def __init__(self, node: Optional[Node]) -> None:
        self.node = node

    def __iter__(self) -> "StackIter":
        return self

    def __next__(self) -> int:
        if self.node is None:
            raise StopIteration
        v = self.node.val
        self.node = self.node.next
        return v


class Parser:
    def __init__(self, text: str) -> None:
        self.error = None
        self.value = None
        try:
            self.value = int(text)
        except ValueError as e:
            self.error = str(e)


async def main() -> None:
    s = Stack([3, 1, 4, 1, 5])
    await asyncio.sleep(0)
    print(list(s), s.best, s.label)
    print(s.pop(), s.pop(), s.size, list(s))
    e = Stack([])
    print(e.head, e.best, list(e))
    try:
        e.pop()
    except IndexError as err:
        print("IndexError:", err)
    for text in ("42", "x1"):
        p = Parser(text)
        print(p.value, p.error)


asyncio.run(main())
