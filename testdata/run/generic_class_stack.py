from typing import Generic, Optional, TypeVar, Iterator

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self._items))

    def __repr__(self) -> str:
        return f"Stack({self._items!r})"


def main() -> None:
    s: Stack[int] = Stack()
    for i in range(5):
        s.push(i * i)
    print(s, len(s))
    print(s.pop(), s.peek())
    print(list(s))
    words = Stack[str]()
    words.push("a")
    words.push("bc")
    print(words, type(words).__name__, Stack.__name__)
    print(isinstance(words, Stack), isinstance(s, Stack))
    print(sum(len(w) for w in words))
    empty: Stack[float] = Stack()
    print(empty.peek())
    try:
        empty.pop()
    except IndexError as e:
        print("error:", e)
    fl: Stack[float] = Stack()
    fl.push(1.5)
    fl.push(2)
    print(fl, fl.pop() + 1)


main()
