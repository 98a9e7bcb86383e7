# Equality inside containers follows the comparison operator's rules: the
# right operand's __eq__ runs first when its class is a proper subclass of
# the left operand's (CPython's do_richcompare), and an element identical to
# the one looked for matches without calling __eq__ (PyObject_RichCompareBool).


class Base:
    def __init__(self, n: int) -> None:
        self.n = n

    def __eq__(self, other: object) -> bool:
        print(f"Base.__eq__({self.n}, {other.n if isinstance(other, Base) else other})")
        return isinstance(other, Base) and self.n == other.n


class Sub(Base):
    def __eq__(self, other: object) -> bool:
        print(f"Sub.__eq__({self.n}, {other.n if isinstance(other, Base) else other})")
        return isinstance(other, Base) and self.n == other.n


class Leaf(Sub):
    pass


def main() -> None:
    b, s, l = Base(1), Sub(1), Leaf(1)
    print(b == s, s == b, s == l, l == s)
    print([b] == [s])
    print([s] == [b])
    print([s] == [l])
    print((b, 2) == (s, 2))
    print(s in [b], b in [s], l in [s, b])
    xs: list[Base] = [b, s, l]
    print(xs.count(s), xs.index(l))
    print(b in xs, xs == [Base(1), Base(1), Base(1)])


main()


def wider(x: object, f: float, o: int | None, u: int | str) -> None:
    ns = [1, 2, 3]
    print(x in ns, f in ns, o in ns, u in ns, 2.5 in ns)


wider(2, 3.0, None, "a")
wider("2", 3.5, 1, 3)
