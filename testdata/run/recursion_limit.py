# Unbounded recursion raises RecursionError (direct, mutual, through
# methods), which programs catch; bounded recursion is unaffected.
import asyncio
from typing import Optional


class Node:
    def __init__(self, value: int, next: Optional["Node"]) -> None:
        self.value = value
        self.next = next

    def length(self) -> int:
        nxt = self.next
        if nxt is None:
            return 1
        return 1 + nxt.length()

    def forever(self) -> int:
        return self.forever() + 1


def is_even(n: int) -> bool:
    return True if n == 0 else is_odd(n - 1)


def is_odd(n: int) -> bool:
    return False if n == 0 else is_even(n - 1)


deepest = 0


def dive(n: int) -> int:
    global deepest
    deepest = n
    return dive(n + 1)


def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


async def main() -> None:
    head: Optional[Node] = None
    for i in range(500):
        head = Node(i, head)
    if head is not None:
        print("length", head.length())
        try:
            head.forever()
        except RecursionError as e:
            print("method:", e)
    print("even 800:", is_even(800))
    try:
        is_even(100000)
    except RecursionError as e:
        print("mutual:", type(e).__name__, isinstance(e, RuntimeError), e)
    try:
        dive(1)
    except RecursionError:
        print("dive reached", deepest)
    print("fib", fib(20))
    for attempt in range(3):
        try:
            dive(1)
        except RuntimeError as e:
            print("attempt", attempt, deepest, repr(e))


try:
    dive(1)
except RecursionError as e:
    print("module level reached", deepest, e)
asyncio.run(main())
