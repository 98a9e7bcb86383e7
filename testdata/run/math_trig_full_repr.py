# aiogo: extensions
"""A small turtle-graphics path and a few trigonometric identities printed
with repr, plus the domain errors CPython raises for infinite angles."""
import math


def walk(steps: list[tuple[float, float]]) -> tuple[float, float, float]:
    x, y, heading = 0.0, 0.0, 0.0
    for turn, dist in steps:
        heading += math.radians(turn)
        x += dist * math.cos(heading)
        y += dist * math.sin(heading)
    return x, y, math.degrees(math.atan2(y, x))


def main() -> None:
    print(walk([(30.0, 10.0), (45.0, 7.5), (-120.0, 12.25), (90.0, 3.0), (15.0, 9.0)]))
    for a in [0.3, 1.0, 2.5, 3.0, 10.0, 100.0, 12345.678, 1e22, -7.25]:
        print(repr(math.sin(a)), repr(math.cos(a)), repr(math.tan(a)))
    for y, x in [(1.0, 3.0), (-2.5, 0.4), (0.0, -1.0), (-0.0, -1.0), (3.0, -7.0), (1e-300, 1e300)]:
        print(repr(math.atan2(y, x)))
    for bad in [math.inf, -math.inf]:
        try:
            print(math.sin(bad))
        except ValueError as err:
            print("ValueError:", err)
        try:
            print(math.tan(bad))
        except ValueError as err:
            print("ValueError:", err)
    print(math.cos(math.nan), math.atan2(math.inf, -math.inf))
    # y/x underflows: the angle still takes y's sign
    print(math.atan2(-5e-324, -8e48), math.atan2(-1e-320, -3.0), math.atan2(-3.0, 5e-324))
    print(math.pow(0.0, -math.inf), math.pow(-0.0, -math.inf), math.pow(0.5, math.inf))


main()
