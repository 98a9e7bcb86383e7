# aiogo: extensions
"""Geometry and counting helpers: distances with math.hypot printed in full,
integer square roots up to the top of the 64-bit range, and binomial
coefficients whose intermediate products do not fit in 64 bits."""
import math


def perimeter(points: list[tuple[float, float]]) -> float:
    total = 0.0
    for i, (x, y) in enumerate(points):
        nx, ny = points[(i + 1) % len(points)]
        total += math.hypot(nx - x, ny - y)
    return total


def main() -> None:
    shape = [(0.0, 0.0), (3.7, 1.2), (5.1, 4.4), (1.9, 6.3), (-2.2, 2.8)]
    print(repr(perimeter(shape)))
    for x, y in [(1.1, 2.3), (0.1, 0.2), (1e-320, 3e-320), (1e308, 1e308), (math.inf, math.nan)]:
        print(repr(math.hypot(x, y)))
    for n in [0, 1, 15, 16, 10**18, 2**62, 9223372036854775807]:
        r = math.isqrt(n)
        print(n, r, r * r <= n)
    print([math.comb(62, k) for k in (0, 1, 30, 31, 62, 63)])
    for n, k in [(-1, 2), (5, -1)]:
        try:
            print(math.comb(n, k))
        except ValueError as err:
            print("ValueError:", err)


main()
