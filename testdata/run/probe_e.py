import asyncio
from typing import Iterator, Generator


def chunks(xs: list[int], n: int) -> Iterator[list[int]]:
    for i in range(0, len(xs), n):
        yield xs[i:i + n]


def running_avg() -> Generator[float, float, None]:
    total = 0.0
    count = 0
    avg = 0.0
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count


class Stack:
    def __init__(self) -> None:
        self.items: list[int] = []

    def push(self, v: int) -> None:
        self.items.append(v)

    def pop(self) -> int:
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()

    def __len__(self) -> int:
        return len(self.items)


async def main() -> None:
    print(list(chunks(list(range(7)), 3)))
    g = running_avg()
    next(g)
    print([g.send(x) for x in [10.0, 20.0, 60.0]])
    s = Stack()
    for i in range(3):
        s.push(i * i)
    print(s.pop(), len(s.items))
    try:
        Stack().pop()
    except IndexError as e:
        print("error:", e)
    squares = {n: n * n for n in range(5)}
    evens = [k for k, v in squares.items() if v % 2 == 0]
    print(squares, evens, sum(squares.values()))
    text = "one two three two one"
    counts: dict[str, int] = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    best = max(counts, key=lambda k: counts[k])
    print(best, counts[best], sorted(counts, key=lambda k: (-counts[k], k)))
    pairs = list(zip(range(3), "abc"))
    print(pairs, dict(pairs), [f"{a}{b}" for a, b in pairs])
    i = 0
    while True:
        i += 1
        if i >= 3:
            break
    print(i, 7 if i > 2 else 8, not i)


asyncio.run(main())
