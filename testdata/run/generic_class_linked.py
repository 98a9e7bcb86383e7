from typing import Generic, Iterator, Optional, TypeVar

T = TypeVar("T")


class Node(Generic[T]):
    def __init__(self, value: T, next: "Optional[Node[T]]" = None) -> None:
        self.value = value
        self.next = next


class LinkedList(Generic[T]):
    def __init__(self) -> None:
        self.head: Optional[Node[T]] = None
        self._size = 0

    def push_front(self, value: T) -> None:
        self.head = Node(value, self.head)
        self._size += 1

    def append(self, value: T) -> None:
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self._size += 1

    def find(self, value: T) -> Optional[Node[T]]:
        cur = self.head
        while cur is not None:
            if cur.value == value:
                return cur
            cur = cur.next
        return None

    def __iter__(self) -> Iterator[T]:
        cur = self.head
        while cur is not None:
            yield cur.value
            cur = cur.next

    def __len__(self) -> int:
        return self._size

    def __repr__(self) -> str:
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def reversed(self) -> "LinkedList[T]":
        out: LinkedList[T] = LinkedList()
        for v in self:
            out.push_front(v)
        return out


def main() -> None:
    nums: LinkedList[int] = LinkedList()
    for i in [3, 1, 4, 1, 5]:
        nums.append(i)
    nums.push_front(9)
    print(nums, len(nums))
    print(nums.reversed())
    n = nums.find(4)
    print(n is not None and n.value, nums.find(7))
    print(sorted(nums), max(nums))
    names = LinkedList[str]()
    names.append("x")
    names.append("yy")
    print(names, [s.upper() for s in names], bool(names))
    empty = LinkedList[float]()
    print(empty, len(empty), bool(empty), list(empty))
    node = Node("solo")
    print(type(node).__name__, node.value, node.next)


main()
