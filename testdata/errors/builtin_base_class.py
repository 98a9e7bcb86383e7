# Deriving from a built-in container is refused with one message per class;
# the uses of the class (len, in, indexing, slicing, iteration, its
# inherited methods, unpacking their results) report nothing more.
import asyncio


class Stack(list[int]):
    def peek(self) -> int:
        return self[-1]


class Tally(dict[str, int]):
    def add(self, key: str) -> None:
        self[key] = self.get(key, 0) + 1


async def main() -> None:
    s = Stack()
    s.append(3)
    s.append(4)
    b, a = s.pop(), s.pop()
    print(a + b, len(s), 3 in s, s[:1], [v for v in s], s.peek())
    for v in s:
        print(v + 1)
    t = Tally()
    t.add("x")
    print(len(t), "x" in t, sorted(t.items()))


asyncio.run(main())
