"""Order ids above 2**53 checked against float thresholds read from a
config: an int and a float compare by exact value in CPython, never by
rounding the int to a float first."""


def over(limit: float, ids: list[int]) -> list[int]:
    return [i for i in ids if i > limit]


def main() -> None:
    big = 2**53 + 1
    f = float(big)  # 9007199254740992.0: the int does not fit a float exactly
    print(big == f, big != f, big < f, big <= f, big > f, big >= f)
    print(f == big, f < big, f >= big, f != big)
    print(over(9007199254740992.0, [9007199254740991, 9007199254740992, 9007199254740993]))
    limits: list[float] = [1.5, 9007199254740992.0]
    print(big in limits, 9007199254740992 in limits, 2 in limits)
    top = 9223372036854775807
    print(top < 9.223372036854776e18, top == 9.223372036854776e18, -top > -9.223372036854776e18)
    nan = float("nan")
    print(big < nan, big > nan, big == nan, big != nan, 3 < float("inf"), 3 > float("-inf"))
    print(1 < 1.5 <= 2, 10**15 == 1e15, 0 == -0.0)


main()
