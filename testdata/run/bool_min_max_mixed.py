def main() -> None:
    flags = [True, False]
    print(max(True, 2), max(False, True), min(1, True), max(3, 5 > 4), min(0.5, True), max(1, 2.5, True))
    best = max(flags[0], 0)
    print(best, best + 1, [best])
    lo = min(flags[1], 1)
    print(lo)
    n: int = max(flags[0], 1)
    print(n)
    f: float = min(2.5, flags[0])
    print(f)
    print(max(False, 0), max(0, False), min(True, 1), min(1, True))


main()
