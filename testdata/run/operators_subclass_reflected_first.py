# CPython calls the right operand's reflected method first when its class is
# a proper subclass of the left operand's: for comparisons always (base < sub
# runs sub.__gt__(base)), for arithmetic when the subclass overrides it.
import asyncio


class A:
    def __init__(self, v: int) -> None:
        self.v = v

    def __lt__(self, other: "A") -> bool:
        print(f"  A.__lt__({type(self).__name__}, {type(other).__name__})")
        return self.v < other.v

    def __gt__(self, other: "A") -> bool:
        print(f"  A.__gt__({type(self).__name__}, {type(other).__name__})")
        return self.v > other.v

    def __eq__(self, other: object) -> bool:
        print(f"  A.__eq__({type(self).__name__}, {type(other).__name__})")
        return isinstance(other, A) and self.v == other.v

    def __add__(self, other: "A") -> "A":
        print(f"  A.__add__({type(self).__name__}, {type(other).__name__})")
        return A(self.v + other.v)

    def __radd__(self, other: "A") -> "A":
        print(f"  A.__radd__({type(self).__name__}, {type(other).__name__})")
        return A(self.v + other.v)


class B(A):
    pass


class C(A):
    def __gt__(self, other: "A") -> bool:
        print(f"  C.__gt__({type(self).__name__}, {type(other).__name__})")
        return self.v > other.v

    def __radd__(self, other: "A") -> "A":
        print(f"  C.__radd__({type(self).__name__}, {type(other).__name__})")
        return A(self.v + other.v + 100)


async def main() -> None:
    a, b, c = A(1), B(2), C(3)
    print(a < b)
    print(a < c)
    print(b < a)
    print(a == b, b == a, a != c)
    print((a + b).v)
    print((a + c).v)
    d: A = A(5)
    d += c
    print(d.v)
    e: A = A(1)
    e = e + b
    print(e.v, (b + c).v, (c + b).v)
    print(c > a, b > a)
    xs: list[A] = [c, a, b]
    print([x.v for x in sorted(xs)])


asyncio.run(main())
