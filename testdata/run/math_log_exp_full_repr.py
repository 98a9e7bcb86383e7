# aiogo: extensions
"""Compound growth and information content printed with repr: every digit of
math.log, log2, log10 and exp must be the C library's."""
import math


def entropy(counts: list[int]) -> float:
    total = sum(counts)
    h = 0.0
    for c in counts:
        if c:
            p = c / total
            h -= p * math.log2(p)
    return h


def main() -> None:
    rates = [0.01, 0.035, 0.07, 0.125, 1.5]
    for r in rates:
        years = math.log(2.0) / math.log(1.0 + r)
        print(r, repr(years), repr(math.exp(r * 10.0)), repr(math.log10(1.0 + r)))
    print(repr(entropy([5, 3, 2, 7, 11])), repr(entropy([1, 1, 1, 1, 1, 1, 1])))
    for x in [3.0, 10.0, 1e-5, 0.999999, 1.0000001, 2.5e-310, 7.389056098930649]:
        print(repr(math.log(x)), repr(math.log(x, 3.0)), repr(math.log2(x)), repr(math.log10(x)))
    for e in [-745.0, -700.5, -1e-9, 0.5, 3.3, 88.7, 709.7]:
        print(repr(math.exp(e)))
    for bad in [0.0, -1.0]:
        try:
            print(math.log(bad))
        except ValueError as err:
            print("ValueError:", err)
    try:
        print(math.exp(710.0))
    except OverflowError as err:
        print("OverflowError:", err)


main()
