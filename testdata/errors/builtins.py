# Built-in table: arity limits and signature mismatches.
def f(u: tuple[int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int]) -> None:
    pass


def main() -> None:
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17)
    xs = [1]
    print(zip(xs, xs, xs, xs, xs, xs, xs, xs, xs, xs, xs, xs, xs, xs, xs, xs, xs))
    print("a".find(sub="a"))
    print("a".zfill())
    print("a".center(3, "-", 1))
    print([1].append("x"))
    print("a".nosuch())
    print("{0}".format(**{1: "x"}))


main()
