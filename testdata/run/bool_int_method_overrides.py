from typing import Callable


class Scorer:
    def score(self, hits: int) -> int:
        return hits * 2


class Bonus(Scorer):
    def score(self, hits: int) -> int:
        print("bonus for", hits)
        return hits * 3 + 1


def apply(f: Callable[[int], int], v: int) -> int:
    return f(v)


def double(n: int) -> int:
    return n * 2


def main() -> None:
    ok = 1 < 2
    for s in [Scorer(), Bonus()]:
        print(type(s).__name__, s.score(ok), s.score(4))
    print(apply(double, 3), double(ok))
    fns: list[Callable[[int], int]] = [double, lambda k: k + 1]
    print([f(3) for f in fns])


main()
