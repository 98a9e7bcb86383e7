# aiogo: extensions
import functools
from functools import reduce


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


def main() -> None:
    print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda acc, s: acc + len(s), ["ab", "c"], 0))
    print(reduce(gcd, [12, 18, 24]), functools.reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, "xyz"))
    words = ["apple", "bob", "cat"]
    index: dict[str, int] = reduce(lambda d, w: {**d, w: len(w)}, words, {})
    print(index)
    print(reduce(lambda acc, p: (acc[0] + p[0], acc[1] * p[1]), [(1, 2), (3, 4)], (0, 1)))
    print(reduce(lambda a, b: a + b, [0.5, 0.25]), reduce(lambda a, b: a + [b * 2], range(3), [-1]))
    try:
        reduce(lambda a, b: a + b, range(0))
    except TypeError as e:
        print("TypeError:", e)


main()
