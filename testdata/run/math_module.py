# aiogo: extensions
import asyncio
import math
from math import floor, sqrt, isclose


async def main() -> None:
    print(math.pi, math.e, math.inf, -math.inf, math.tau)
    print(floor(2.7), math.ceil(2.1), floor(-2.5), math.trunc(-2.5), sqrt(16), math.sqrt(2))
    print(isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1, rel_tol=0.2), math.gcd(12, 18), math.lcm(4, 6))
    print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1))
    print(math.hypot(3, 4), math.factorial(10), math.comb(5, 2), math.isqrt(17), math.fabs(-3))
    print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0), math.pow(2, 10), math.copysign(3, -0.0))
    print(round(math.sin(math.pi / 2), 6), round(math.cos(0), 3), math.degrees(math.pi), math.radians(180))
    d = [3.5, 1.25, 9.0]
    print([floor(x) for x in d], max(math.ceil(x) for x in d), sum(sqrt(x) for x in [1.0, 4.0, 9.0]))
    for bad in [-1.0, 0.0]:
        try:
            print(math.log(bad))
        except ValueError as e:
            print("ValueError:", e)
    try:
        floor(math.inf)
    except OverflowError as e:
        print("OverflowError:", e)
    try:
        math.sqrt(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
