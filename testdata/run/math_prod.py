# aiogo: extensions
import math
from math import prod


def main() -> None:
    xs = [1, 2, 3, 4]
    print(math.prod(xs), prod(range(1, 11)), prod([]), prod(xs, start=10), prod(x for x in xs if x % 2), prod((2, 3)))
    dims = {"w": 3, "h": 4, "d": 5}
    print(prod(dims.values()))
    print(prod([-2, 3, -4]), prod([0, 10**18]))


main()
