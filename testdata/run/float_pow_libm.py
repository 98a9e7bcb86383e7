# aiogo: extensions
# float ** float and math.pow must print exactly what CPython prints, which
# is glibc's pow (not always correctly rounded): e.g. 123456789.125 ** 4.0
# is 2.3230572373909745e+32, one ulp above the correctly rounded value.
import math
import random


def both(x: float, y: float) -> str:
    try:
        a = repr(x ** y)
    except (OverflowError, ZeroDivisionError) as e:
        a = type(e).__name__
    try:
        b = repr(math.pow(x, y))
    except (OverflowError, ValueError) as e:
        b = type(e).__name__
    return a if a == b else a + " / " + b


def main() -> None:
    print(both(123456789.125, 4.0))
    fixed: list[tuple[float, float]] = [
        (2.0, 0.5), (2.0, 1023.0), (2.0, -1074.0), (2.0, -1075.0),
        (2.0, 1024.0), (10.0, 308.0), (10.0, 309.0), (10.0, -323.0),
        (1e-310, 0.5), (5e-324, 1.0), (1.7976931348623157e308, 1.0),
        (3.0, 1e-20), (0.5, 1e-20), (3.0, 1e19), (0.9, 1e19),
        (-2.0, 3.0), (-2.0, 1025.0), (-3.0, -3.0), (-0.5, 1075.0),
        (0.0, 2.0), (-0.0, 3.0), (0.0, -1.0), (1.0, 1e300), (7.0, 0.0),
    ]
    for x, y in fixed:
        print(x, y, both(x, y))
    r = random.Random(15)
    exps = [2.0, 3.0, 4.0, 0.5, 1.5, -1.0, -2.0, 2.5, 1.0 / 3.0, 7.0,
            10.5, -0.5, 100.0, 1e-3]
    for i in range(24):
        x = r.uniform(0.001, 1e6) if i % 2 else round(r.uniform(0, 1000), r.randint(1, 4))
        print(repr(x), " ".join(both(x, e) for e in exps))
    for i in range(20):
        x = r.uniform(0.5, 2.0) * 2.0 ** r.randint(-1074, 1023)
        y = (r.random() - 0.5) * 4.0
        print(repr(x), repr(y), both(x, y))
    for i in range(20):
        x = 1.0 + (r.random() - 0.5) * 2.0 ** -r.randint(1, 52)
        y = (r.random() - 0.5) * 2.0 ** r.randint(0, 60)
        print(repr(x), repr(y), both(x, y))
    for i in range(20):
        x = -float(r.randint(1, 3000)) / 8.0
        y = float(r.randint(-120, 120))
        print(repr(x), repr(y), both(x, y))
    for i in range(20):
        x = r.uniform(1e-320, 1e-300)
        print(repr(x), both(x, 0.5), both(x, -0.01), both(x, 1.25))


main()
