# Narrowing on a linked list: while loops over Optional nodes, attribute chains, early returns.
from __future__ import annotations

import asyncio
from typing import Optional


class Node:
    def __init__(self, val: int, nxt: Optional[Node] = None) -> None:
        self.val = val
        self.next = nxt


class LinkedList:
    def __init__(self) -> None:
        self.head: Optional[Node] = None
        self.size = 0

    def push(self, val: int) -> None:
        self.head = Node(val, self.head)
        self.size += 1

    def append(self, val: int) -> None:
        if self.head is None:
            self.head = Node(val)
            self.size += 1
            return
        cur = self.head
        while cur.next is not None:
            cur = cur.next
        cur.next = Node(val)
        self.size += 1

    def find(self, val: int) -> Optional[Node]:
        node = self.head
        while node:
            if node.val == val:
                return node
            node = node.next
        return None

    def second(self) -> int:
        if self.head is not None and self.head.next is not None:
            return self.head.next.val
        return -1

    def reverse(self) -> None:
        prev: Optional[Node] = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def values(self) -> list[int]:
        out: list[int] = []
        node = self.head
        while node is not None:
            out.append(node.val)
            node = node.next
        return out

    def last(self) -> Optional[int]:
        node = self.head
        if node is None:
            return None
        while True:
            if node.next is None:
                break
            node = node.next
        return node.val


def total(head: Optional[Node]) -> int:
    s = 0
    while head is not None:
        s += head.val
        head = head.next
    return s


async def consume(q: asyncio.Queue[Optional[int]], ll: LinkedList) -> None:
    while True:
        item = await q.get()
        if item is None:
            break
        ll.append(item)


async def main() -> None:
    ll = LinkedList()
    print(ll.values(), ll.last(), ll.second(), total(ll.head))
    q: asyncio.Queue[Optional[int]] = asyncio.Queue()
    for i in [3, 1, 4, 1, 5]:
        q.put_nowait(i)
    q.put_nowait(None)
    await consume(q, ll)
    ll.push(9)
    print(ll.values(), ll.size, ll.last(), ll.second(), total(ll.head))
    found = ll.find(4)
    if found is not None:
        print("found", found.val, found.next.val if found.next else None)
    missing = ll.find(42)
    print("missing" if missing is None else missing.val)
    ll.reverse()
    print(ll.values(), total(ll.head))
    c: int | None = 3
    n = 0
    while c is not None:
        n += c
        c = c - 1 if c > 0 else None
    print(n)


asyncio.run(main())
